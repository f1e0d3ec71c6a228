import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-check/check-content.ts';
import { contentRoot } from '../content-check/content-root.ts';
import { formatProblem } from '../content-check/problem.ts';

/**
 * Runs the content check (the same as `npm run check`) before Astro reads any entry.
 * A build stops with the list of problems; the dev server reports them and goes on, so that a
 * contributor sees them next to the preview. It also decides whether drafts are shown: only by
 * the dev server (`import.meta.env.KB_SHOW_DRAFTS`), whatever NODE_ENV says.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'kb:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.KB_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
        if (command !== 'build' && command !== 'dev') return;
        const production = command === 'build';
        const { problems } = checkContent({ root: contentRoot(), production });
        if (problems.length === 0) return;
        const report = problems.map(formatProblem).join('\n');
        if (production) {
          throw new Error(`The content check found ${problems.length} problem(s):\n${report}`);
        }
        logger.error(`${problems.length} content problem(s):\n${report}`);
      },
    },
  };
}
