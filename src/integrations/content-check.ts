import type { AstroIntegration } from 'astro';
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type EntryRecord } from '../content-check/check-content.ts';
import { contentRoot } from '../content-check/content-root.ts';
import { formatProblem } from '../content-check/problem.ts';

/**
 * Runs the content check (the same as `npm run check`) before Astro reads any entry.
 * A build stops with the list of problems; the dev server reports them and goes on, so that a
 * contributor sees them next to the preview. It also decides whether drafts are shown: only by
 * the dev server (`import.meta.env.KB_SHOW_DRAFTS`), whatever NODE_ENV says. And it publishes
 * the images and attachments in entry folders at /files/<collection>/<slug>/.
 */
export function contentCheck(): AstroIntegration {
  const root = contentRoot();
  let entries: EntryRecord[] = [];
  return {
    name: 'kb:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.KB_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
        if (command !== 'build' && command !== 'dev') return;
        const production = command === 'build';
        const result = checkContent({ root, production });
        entries = result.entries;
        if (result.problems.length === 0) return;
        const report = result.problems.map(formatProblem).join('\n');
        if (production) throw new Error(`The content check found ${result.problems.length} problem(s):\n${report}`);
        logger.error(`${result.problems.length} content problem(s):\n${report}`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/files/', (request, response, next) => {
          const path = join(root, normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')));
          if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile() || path.endsWith('.mdx')) return next();
          createReadStream(path).pipe(response);
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const copied = new Set<string>();
        for (const { collection, slug, attachments } of entries) {
          const key = `${collection}/${slug}`;
          if (copied.has(key) || collection === 'newsletters') continue;
          copied.add(key);
          for (const file of attachments) {
            cpSync(join(root, collection, slug, file), join(out, 'files', collection, slug, file));
          }
        }
      },
    },
  };
}
