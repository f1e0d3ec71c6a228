import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { allowedComponentNames, allowedComponents, type AttributeRule } from './allowlist.ts';
import { leavesEntryFolder } from './entry-files.ts';
import { abbreviate, isSafeUrl, linkProblem, linkTextProblem } from './link-rules.ts';

export { isSafeUrl };

/** One breach of the MDX rules of the content model, at a line of the MDX body. */
export interface MdxViolation {
  line: number;
  column: number;
  message: string;
}

export interface EntryRuleOptions {
  /** Whether a relative path exists in the entry folder; without it, file references are not checked. */
  fileExists?: (relativePath: string) => boolean;
  /** The body the tree was parsed from; with it, image descriptions are checked for JSX. */
  source?: string;
  /** Told of every file of the entry folder that a link (not an image) points at: the files the site publishes. */
  onFileLink?: (relativePath: string) => void;
  /** A newsletter's introduction: images only from the site itself (`/…`), as a remote image tells its sender who opened the email. */
  onlySiteImages?: boolean;
}

const componentList = allowedComponentNames.join(', ');

/**
 * Finds everything in a parsed MDX body that the content model forbids: `import`/`export`,
 * JavaScript expressions, `<script>`, event handlers, unknown components or attributes, and links
 * with a scheme other than http(s) or mailto. Nothing is evaluated: this reads the syntax tree only.
 * The content check and the page renderer (`render-entry-body.ts`, through `checkEntryBody`) both call it.
 */
export function findMdxViolations(tree: Root, options: EntryRuleOptions = {}): MdxViolation[] {
  const violations: MdxViolation[] = [];
  const report = (node: Nodes, message: string) => {
    violations.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });
  };

  const definitions = new Map<string, string>();
  const collect = (node: Nodes) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    if ('children' in node) for (const child of node.children) collect(child);
  };
  collect(tree);
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          'import/export statements are not allowed; the site provides the components ' +
            `(${componentList}) without imports`,
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, `JavaScript expression {${abbreviate(node.value)}} is not allowed; write \\{ for a literal brace`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report, options);
        break;
      case 'image':
        if (options.source !== undefined && hasMarkupInDescription(node, options.source)) {
          report(
            node,
            'an image description ![…] may hold plain text only, no tags or braces; write \\< or \\{ for a literal one',
          );
        }
        checkUrl(node, node.url, report, options);
        break;
      case 'imageReference':
        if (options.onlySiteImages) checkSiteImage(node, definitions.get(node.identifier), report);
        break;
      case 'link':
        checkUrl(node, node.url, report, options);
        checkLinkText(node, node.url, report);
        break;
      case 'linkReference': {
        const url = definitions.get(node.identifier);
        if (url !== undefined) checkLinkText(node, url, report);
        break;
      }
      case 'definition':
        checkUrl(node, node.url, report, options);
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return violations;
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  report: (node: Nodes, message: string) => void,
  options: EntryRuleOptions,
) {
  const attributes = node.attributes.map((attribute) =>
    attribute.type === 'mdxJsxExpressionAttribute'
      ? { spread: attribute.value }
      : typeof attribute.value === 'string' || attribute.value === null
        ? { name: attribute.name, value: attribute.value }
        : { name: attribute.name, value: null, expression: true },
  );
  for (const message of componentProblems(node.name, attributes, options)) report(node, message);
}

/** An attribute as written: `name="value"`, `name` alone (null), `name={…}`, or a spread `{...x}`. */
export type WrittenAttribute = { name: string; value: string | null; expression?: boolean } | { spread: string };

/**
 * What is wrong with one element: a name outside the allowlist (HTML, `<script>`, fragments,
 * unknown components) or attributes that are not plain strings the component accepts.
 */
export function componentProblems(
  name: string | null,
  attributes: WrittenAttribute[],
  options: EntryRuleOptions = {},
): string[] {
  if (name === null)
    return [`fragments <>…</> are not allowed; use Markdown or one of the components ${componentList}`];
  if (name.toLowerCase() === 'script') return ['<script> is not allowed in entries'];
  if (!Object.hasOwn(allowedComponents, name))
    return [`<${name}> is not allowed; use Markdown or one of the components ${componentList}`];
  const rules: Record<string, AttributeRule> = allowedComponents[name as keyof typeof allowedComponents];
  const problems: string[] = [];
  const given = new Set<string>();
  for (const attribute of attributes) {
    const problem = attributeProblem(name, attribute, rules, options);
    if (problem) problems.push(problem);
    if ('name' in attribute) given.add(attribute.name);
  }
  for (const [attribute, rule] of Object.entries(rules)) {
    if (rule.required && !given.has(attribute)) problems.push(`<${name}> needs the attribute ${attribute}="…"`);
  }
  return problems;
}

function attributeProblem(
  component: string,
  attribute: WrittenAttribute,
  rules: Record<string, AttributeRule>,
  options: EntryRuleOptions,
): string | undefined {
  if ('spread' in attribute)
    return `<${component}>: attribute expressions {${abbreviate(attribute.spread)}} are not allowed`;
  const { name, value } = attribute;
  if (/^on/i.test(name)) return `<${component}>: event handler ${name} is not allowed`;
  const rule = rules[name];
  if (!rule) {
    const known = Object.keys(rules);
    return `<${component}> has no attribute ${name}; expected ${known.length ? `one of ${known.join(', ')}` : 'no attributes'}`;
  }
  if (attribute.expression || typeof value !== 'string') {
    return `<${component}>: ${name} must be a plain string in double quotes, e.g. ${name}="…"`;
  }
  if (rule.values && !rule.values.includes(value)) {
    return `<${component}>: ${name}="${value}" is not allowed; expected one of ${rule.values.join(', ')}`;
  }
  if (rule.file && leavesEntryFolder(value)) {
    return `<${component}>: ${name}="${abbreviate(value)}" ${leavesFolderHint}`;
  }
  if (rule.file && options.fileExists && !options.fileExists(value)) {
    return `<${component}>: ${name}="${value}" not found in the entry folder`;
  }
  return undefined;
}

function checkUrl(node: Nodes, url: string, report: (node: Nodes, message: string) => void, options: EntryRuleOptions) {
  const problem = linkProblem(url);
  if (problem) {
    report(node, problem);
    return;
  }
  if (node.type === 'image' && options.onlySiteImages) checkSiteImage(node, url, report);
  if (/^(?:[a-z]+:|#|\/)/i.test(url)) return;
  const path = decodePath(url.replace(/^\.\//, '').split(/[?#]/)[0] ?? '');
  if (path === undefined) {
    report(node, `link "${abbreviate(url)}" has a % that starts no valid escape; write %25 for a literal %`);
  } else if (leavesEntryFolder(path)) {
    report(node, `link "${abbreviate(url)}" ${leavesFolderHint}`);
  } else if (path && options.fileExists && !options.fileExists(path)) {
    report(node, `"${path}" not found in the entry folder`);
  } else if (path && node.type !== 'image') {
    options.onFileLink?.(path);
  }
}

/** A link whose text is an address (web or email) must go to that address. */
function checkLinkText(node: Nodes, url: string, report: (node: Nodes, message: string) => void) {
  const problem = linkTextProblem(plainText(node), url);
  if (problem) report(node, problem);
}

/** An image of a newsletter's introduction: a path on the site, never another site's address. */
function checkSiteImage(node: Nodes, url: string | undefined, report: (node: Nodes, message: string) => void) {
  if (url !== undefined && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url))
    report(
      node,
      `image "${abbreviate(url)}" comes from another site, which would learn who opens the newsletter; put the image on the site and write its path (/…), or leave it out`,
    );
}

/** The words of a link as a reader sees them. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
}

const leavesFolderHint = 'leaves the entry folder; link to a file in this folder, or to a page of the site as /nl/…';

/** A link's path with its %-escapes decoded, or undefined when one is malformed (`%zz`, a half character). */
function decodePath(path: string): string | undefined {
  try {
    return decodeURI(path);
  } catch {
    return undefined;
  }
}

/**
 * MDX reads JSX and expressions inside `![…]` and then keeps only their text as alt text, so
 * a tag there is invisible in the tree. The source of the description shows it.
 */
function hasMarkupInDescription(node: Nodes, source: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset ?? source.length;
  if (start === undefined || !source.startsWith('![', start)) return false;
  let depth = 0;
  for (let index = start + 1; index < end; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return false;
    else if (char === '<' || char === '{') return true;
  }
  return false;
}
