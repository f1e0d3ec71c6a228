import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findMdxViolations } from './entry-rules.ts';

/**
 * Second line of defence, inside the MDX pipeline: an entry that breaks the MDX rules stops the
 * compilation before any of its code becomes a module, even when the content check was skipped
 * (dev server, a direct `astro build`). The content check normally reports the same problems first.
 */
export function remarkEntryGuard() {
  return (tree: Root, file: VFile) => {
    const violations = findMdxViolations(tree);
    if (violations.length === 0) return;
    const lines = violations.map((v) => `${file.path}:${v.line}:${v.column}: ${v.message}`);
    throw new Error(`Entry breaks the MDX rules of the content model:\n${lines.join('\n')}`);
  };
}
