import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type PublishableFiles } from '../content-check/check-content.ts';
import { keepCheckedTexts } from '../content-check/checked-texts.ts';
import { contentRoot } from '../content-check/content-root.ts';
import { publishedFileTypes } from '../content-check/entry-files.ts';
import { formatProblem } from '../content-check/problem.ts';
import { publishEntryFile, removeUnreferencedImages } from './publish-files.ts';
import { servableFile } from './servable-file.ts';

/**
 * Runs the content check (the same as `npm run check`) before Astro reads any entry.
 * A build stops with the list of problems; the dev server reports them and goes on, so that a
 * contributor sees them next to the preview, except for symbolic links, which it refuses to
 * start with (Astro's loader would follow them). It also decides whether drafts are shown: only
 * by the dev server (`import.meta.env.KB_SHOW_DRAFTS`), whatever NODE_ENV says. And it publishes
 * the files the check accepted, of entries with a published text, at /files/<collection>/<slug>/:
 * images only where a text links to them, written without metadata.
 */
export function contentCheck(): AstroIntegration {
  const root = contentRoot();
  let publishable: PublishableFiles[] = [];
  return {
    name: 'kb:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.KB_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
        if (command !== 'build' && command !== 'dev') return;
        // Tests only: builds hostile entries without the check, to prove the MDX pipeline's own guard stops them.
        if (process.env['KB_SKIP_CHECK'] === '1') {
          logger.warn(
            'KB_SKIP_CHECK=1: the content check is skipped (tests only); no files beside entries are published',
          );
          return;
        }
        const production = command === 'build';
        const result = await checkContent({ root, production, render: true });
        keepCheckedTexts(result.texts);
        publishable = result.files;
        if (result.problems.length === 0) return;
        const report = result.problems.map(formatProblem).join('\n');
        const links = result.problems.filter((problem) => problem.message.startsWith('symbolic links'));
        if (production || links.length > 0) {
          const stop = new Error(`The content check found ${result.problems.length} problem(s):\n${report}`);
          // The problems are the whole message: no stack trace of the integration under them.
          stop.stack = '';
          throw stop;
        }
        logger.error(`${result.problems.length} content problem(s):\n${report}`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/files/', (request, response, next) => {
          const file = servableFile(root, (request.url ?? '/').split('?')[0] ?? '/');
          if (!file) return next();
          response.setHeader('Content-Type', publishedFileTypes[file.extension].mime);
          response.setHeader('X-Content-Type-Options', 'nosniff');
          createReadStream(file.path).pipe(response);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        // Images leave without their metadata (publish-files.ts), and so do Astro's copies of them.
        await removeUnreferencedImages(out);
        for (const { collection, slug, folder, files, draftOnly } of publishable) {
          if (draftOnly) continue;
          for (const name of files)
            await publishEntryFile(join(folder, name), join(out, 'files', collection, slug, name));
        }
      },
    },
  };
}
