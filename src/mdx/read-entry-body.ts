// No Node imports: the share page runs this in the browser with its own parser.
import type { Root } from 'mdast';
import { limits } from '../content-check/limits.ts';
import { findMdxViolations, type EntryRuleOptions, type MdxViolation } from './entry-rules.ts';

/**
 * Turns an MDX body into mdast: Sätteri in Node (parse-entry-body.ts), unified in the browser.
 * `positions: false` lets a parser skip line and column on every node, for speed.
 */
export type BodyParser = (body: string, options?: { positions: boolean }) => Root;

export type BodyReading = { tree: Root; violation?: undefined } | { tree?: undefined; violation: MdxViolation };

const tooDeep = (what: string) =>
  `nesting too deep (${what}); the content model allows ${limits.bodyDepth} levels of lists, quotes, components and emphasis: flatten the structure`;

/**
 * Parses a body within the content model's bounds, so that no body can make the check or the
 * build slow or crash them: overlong lines, too many tags and deeply nested containers are refused
 * before parsing (parsers take time quadratic in them), a parser's stack overflow or syntax error
 * becomes a violation at a line, and the tree's depth is checked before anyone walks it recursively.
 */
export function readEntryBody(body: string, parse: BodyParser, options = { positions: true }): BodyReading {
  const crowded = findCrowdedLine(body) ?? findLongLine(body);
  if (crowded) return { violation: crowded };
  let tree: Root;
  try {
    tree = parse(body, options);
  } catch (error) {
    return { violation: syntaxViolation(error) };
  }
  const deepest = deepestNode(tree);
  if (deepest.depth > limits.bodyDepth) {
    const { line = 1, column = 1 } = deepest.node.position?.start ?? {};
    return { violation: { line, column, message: tooDeep(`more than ${limits.bodyDepth} levels`) } };
  }
  return { tree };
}

/**
 * Whether an image description may hold a tag or brace (`![` then `<` or `{` before any `]`): the
 * rule that reads it needs source offsets. One pass, where the regex /!\[[^\]]*[<{]/ scanned to the
 * end of the body from every `![` (19 lines of `![` took 15 s).
 */
export function markupInImage(body: string): boolean {
  let inDescription = false;
  for (let index = 0; index < body.length; index++) {
    const char = body.charCodeAt(index);
    if (char === 0x5d /* ] */) inDescription = false;
    else if (char === 0x21 /* ! */ && body.charCodeAt(index + 1) === 0x5b /* [ */) inDescription = true;
    else if (inDescription && (char === 0x3c /* < */ || char === 0x7b) /* { */) return true;
  }
  return false;
}

/**
 * Every MDX rule for one body. Most bodies break none, so the first parse leaves out places
 * (a third faster with Sätteri); only a body with a violation is parsed again to name lines.
 */
export function checkEntryBody(
  body: string,
  parse: BodyParser,
  options: Omit<EntryRuleOptions, 'source'>,
): MdxViolation[] {
  const rules = { ...options, source: body };
  if (!markupInImage(body)) {
    const quick = readEntryBody(body, parse, { positions: false });
    if (quick.tree && findMdxViolations(quick.tree, rules).length === 0) return [];
  }
  const reading = readEntryBody(body, parse);
  return reading.tree ? findMdxViolations(reading.tree, rules) : [reading.violation];
}

const containerMarker = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/y;
// The name is taken whole ((?![\w.:-])): else the regex tries every shorter name against the rest of
// the line, and a line of `<aaaa…` without `>` takes time quadratic in its length (3.4 s for 19 lines).
const tag = /<(\/)?([A-Za-z][\w.:-]*)(?![\w.:-])[^<>]*?(\/)?>/g;
const fence = /^[ \t]{0,3}(`{3,}|~{3,})/;

const crowdedStart = new RegExp(
  `^(?:[ \\t]*(?:>|(?:[-*+]|\\d{1,9}[.)])(?=[ \\t]|$))){${limits.openContainers + 1}}`,
  'm',
);

/** The first line longer than the content model allows. */
function findLongLine(body: string): MdxViolation | undefined {
  if (body.length <= limits.lineLength) return undefined;
  for (let start = 0, line = 1; start <= body.length; line++) {
    const next = body.indexOf('\n', start);
    const end = next === -1 ? body.length : next;
    if (end - start > limits.lineLength) {
      return {
        line,
        column: 1,
        message: `line of ${end - start} characters; the content model allows ${limits.lineLength}: break the paragraph into shorter lines`,
      };
    }
    start = end + 1;
  }
  return undefined;
}

// The start of a tag as MDX reads one (not `\<`): `<Callout`, `</Callout`, `<>`.
const tagStart = /(?<!\\)<[A-Za-z/>]/g;

/**
 * The first line that opens more containers than any real text needs, or that brings the tags of
 * the body over the limit, outside code fences.
 */
function findCrowdedLine(body: string): MdxViolation | undefined {
  // Whole-body tests first: most bodies are far from crowded, and lines cost time.
  if (!crowdedStart.test(body) && countOf('<', body) <= limits.openContainers) return undefined;
  let openTags = 0;
  let tags = 0;
  let inFence: string | undefined;
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fenceMatch = fence.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (inFence === undefined) inFence = marker[0]!.repeat(marker.length);
      else if (marker.startsWith(inFence)) inFence = undefined;
      continue;
    }
    if (inFence !== undefined) continue;
    containerMarker.lastIndex = 0;
    let markers = 0;
    while (containerMarker.exec(line)) markers++;
    if (markers > limits.openContainers) {
      return { line: index + 1, column: 1, message: tooDeep(`${markers} lists or quotes opened on one line`) };
    }
    if (!line.includes('<')) continue;
    for (const [, closing, , selfClosing] of line.matchAll(tag)) {
      openTags += closing ? -1 : selfClosing ? 0 : 1;
      if (openTags > limits.openContainers) {
        return {
          line: index + 1,
          column: 1,
          message: tooDeep(`more than ${limits.openContainers} components open at once`),
        };
      }
    }
    tags += line.match(tagStart)?.length ?? 0;
    if (tags > limits.bodyTags) {
      return {
        line: index + 1,
        column: 1,
        message: `more than ${limits.bodyTags} tags in one text; the content model allows ${limits.bodyTags}: write the rest in Markdown or split the text`,
      };
    }
    openTags = Math.max(openTags, 0);
  }
  return undefined;
}

function countOf(char: string, text: string): number {
  let count = 0;
  for (let index = text.indexOf(char); index !== -1; index = text.indexOf(char, index + 1)) count++;
  return count;
}

/** Depth of the deepest node, walked without recursion. */
function deepestNode(tree: Root): { depth: number; node: Root | Root['children'][number] } {
  let deepest = { depth: 0, node: tree as Root | Root['children'][number] };
  const stack: [Root | Root['children'][number], number][] = [[tree, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > deepest.depth) deepest = { depth, node };
    if (depth > limits.bodyDepth) break;
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** A parser's error as a violation: Sätteri says "4:1: reason (code)", micromark gives line and column. */
function syntaxViolation(error: unknown): MdxViolation {
  if (error instanceof RangeError) return { line: 1, column: 1, message: tooDeep('the parser ran out of stack') };
  const {
    line,
    column,
    reason,
    message = String(error),
  } = error as { line?: number; column?: number; reason?: string; message?: string };
  const text = reason ?? message;
  const place = /^(\d+):(\d+): /.exec(text) ?? /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(text);
  // Places inside the reason count lines of the body, not of the file: leave them out.
  const cleaned = text
    .replace(place?.[0] ?? '', '')
    .replace(/ \((?:mdx|micromark)[\w:-]*\)$/, '')
    .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
    .trim();
  return {
    line: line ?? Number(place?.[1] ?? 1),
    column: column ?? Number(place?.[2] ?? 1),
    message: `MDX syntax error: ${cleaned}; write \\{ and \\< for a literal brace or angle bracket`,
  };
}
