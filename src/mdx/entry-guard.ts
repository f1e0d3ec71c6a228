import type { Root } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { findMdxViolations } from './entry-rules.ts';
import { documentPath } from './entry-lang.ts';
import { parseEntryBody } from './parse-entry-body.ts';
import { checkEntryBody, readEntryBody } from './read-entry-body.ts';

/** An image description with a tag or brace in it (as in read-entry-body.ts). */
const markupInImage = /!\[[^\]]*[<{]/;

/**
 * Second line of defence, inside the page pipeline (Sätteri, through @astrojs/mdx): an entry that
 * breaks the MDX rules stops the compilation before any of its code becomes a module, even when
 * the content check was skipped (dev server, a direct `astro build`, `KB_SKIP_CHECK=1`). It reads
 * the very tree the page is rendered from, within the same bounds as the check (size, nesting;
 * `readEntryBody`), with the same rules (`findMdxViolations`). The first mdast plugin, so no other
 * plugin sees a hostile tree. The tree is read without places (cheaper); only a body that breaks a
 * rule is parsed again, by the check's own function, to name its lines.
 */
export const entryGuard = defineMdastPlugin({
  name: 'kb-entry-guard',
  before(root, ctx) {
    const source = ctx.source;
    // The rule on image descriptions reads source offsets, which a tree without places lacks:
    // a body that may break it goes straight to the reading with places below.
    const reading = markupInImage.test(source) ? undefined : readEntryBody(source, () => root as unknown as Root);
    const broken = reading?.tree ? findMdxViolations(reading.tree, { source }).length > 0 : true;
    if (!broken) return;
    // Places for the message: the check's own reading of the same text (same parser, with places).
    const violations = checkEntryBody(source, parseEntryBody, {});
    if (violations.length === 0 && reading === undefined) return;
    const path = documentPath(ctx.fileURL) ?? '<mdx>';
    const lines = (violations.length > 0 ? violations : [{ line: 1, column: 1, message: 'breaks the MDX rules' }]).map(
      (v) => `${path}:${v.line}:${v.column}: ${v.message}`,
    );
    throw new Error(`Entry breaks the MDX rules of the content model:\n${lines.join('\n')}`);
  },
});
