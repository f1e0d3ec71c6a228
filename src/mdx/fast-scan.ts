import { componentProblems, type EntryRuleOptions, type MdxViolation } from './entry-rules.ts';

// A component tag alone on its line, with plain double-quoted attributes: `<Callout type="tip">`,
// `</Callout>`, `<Figure src="a.png" alt="…" />`.
const tagLine = /^<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s+[A-Za-z][A-Za-z0-9-]*="[^"<>{}]*")*)\s*(\/?)>[ \t]*$/;
const attributePattern = /([A-Za-z][A-Za-z0-9-]*)="([^"]*)"/g;

/**
 * The MDX rules for the common, simple body without parsing it: no `{`, no import/export, no
 * links, no code fences, and every `<` the start of a component tag alone on its own line, with
 * tags properly nested. Such a body can contain no MDX but those tags, so checking the tags is
 * checking the body. Returns undefined for anything else, which then gets the full MDX parse
 * (parse-entry-body.ts); the MDX pipeline's guard parses every body either way.
 */
export function scanSimpleBody(body: string, options: EntryRuleOptions = {}): MdxViolation[] | undefined {
  if (body.includes('{') || body.includes('](') || body.includes(']:') || body.includes('```') || body.includes('~~~')) return undefined;
  if (/^[ \t]*(?:import|export)\b/m.test(body)) return undefined;
  const violations: MdxViolation[] = [];
  const open: string[] = [];
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line.includes('<')) continue;
    const match = tagLine.exec(line);
    if (!match) return undefined;
    const [, closing, name = '', attributes = '', selfClosing] = match;
    if (closing) {
      if (attributes || selfClosing || open.pop() !== name) return undefined;
      continue;
    }
    const written = [...attributes.matchAll(attributePattern)].map(([, attribute = '', value = '']) => ({ name: attribute, value }));
    for (const message of componentProblems(name, written, options)) violations.push({ line: index + 1, column: 1, message });
    if (!selfClosing) open.push(name);
  }
  return open.length === 0 ? violations : undefined;
}
