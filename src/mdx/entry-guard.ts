import { defineMdastPlugin, type MdxJsxAttributeUnion, type PluginFactoryContext } from 'satteri';
import { componentProblems, isSafeUrl, type MdxViolation, type WrittenAttribute } from './entry-rules.ts';
import { documentPath } from './entry-lang.ts';
import { parseEntryBody } from './parse-entry-body.ts';
import { checkEntryBody } from './read-entry-body.ts';

/**
 * Second line of defence, inside the page pipeline (Sätteri, through @astrojs/mdx): an entry that
 * breaks the MDX rules stops the compilation before any of its code becomes a module, even when
 * the content check was skipped (dev server, a direct `astro build`, `KB_SKIP_CHECK=1`).
 *
 * Two readings, both cheap:
 * 1. Before the page's parser runs, the check's own function (`checkEntryBody`: size and nesting
 *    bounds, syntax errors, every rule of `findMdxViolations`) reads the same text with the same
 *    engine, Sätteri, and names file and line. A hostile body never reaches the page's parser.
 * 2. On the tree the page is rendered from, visitors for the only nodes that can carry code or a
 *    hostile link (import/export, expressions, JSX elements, links, images, definitions; Sätteri
 *    hands JavaScript only these nodes) stop the build too, should that tree ever differ from the
 *    first reading (another feature switched on, another parser version).
 * Walking the whole rendered tree from JavaScript instead cost about 2 ms a body (1 minute at
 * 10,000 entries); the check's reading costs about 0.2 ms.
 */
export function entryGuard(context: PluginFactoryContext) {
  const path = documentPath(context.fileURL) ?? '<mdx>';
  const stop = (violations: MdxViolation[]): never => {
    const lines = violations.map((v) => `${path}:${v.line}:${v.column}: ${v.message}`);
    throw new Error(`Entry breaks the MDX rules of the content model:\n${lines.join('\n')}`);
  };
  const found = checkEntryBody(context.source, parseEntryBody, {});
  if (found.length > 0) stop(found);

  type Placed = { position?: { start: { line: number; column: number } } | undefined };
  const at = (node: Placed, message: string) =>
    stop([{ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message }]);
  const element = (node: Placed & { name: string | null; attributes: readonly MdxJsxAttributeUnion[] }) => {
    const attributes = node.attributes.map((a): WrittenAttribute =>
      a.type === 'mdxJsxExpressionAttribute'
        ? { spread: a.value }
        : typeof a.value === 'string' || a.value === null || a.value === undefined
          ? { name: a.name, value: a.value ?? null }
          : { name: a.name, value: null, expression: true },
    );
    const problems = componentProblems(node.name, attributes);
    if (problems.length > 0) at(node, problems.join('; '));
  };
  const url = (node: Placed & { url: string }) => {
    if (!isSafeUrl(node.url))
      at(node, `link "${node.url}" is not allowed; expected https://, http://, mailto: or a relative link`);
  };
  return defineMdastPlugin({
    name: 'kb-entry-guard',
    mdxjsEsm: (node) => at(node, 'import/export statements are not allowed'),
    mdxFlowExpression: (node) => at(node, 'JavaScript expressions are not allowed'),
    mdxTextExpression: (node) => at(node, 'JavaScript expressions are not allowed'),
    mdxJsxFlowElement: (node) => element(node),
    mdxJsxTextElement: (node) => element(node),
    link: (node) => url(node),
    image: (node) => url(node),
    definition: (node) => url(node),
  });
}
