import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../search/build-index.ts';
import { installedPagefind, pagefindMismatch } from '../search/pagefind-version.ts';

/**
 * Indexes the built site for search once Astro has written it (Pagefind through its Node API, so
 * that `npm run build` is `astro build` alone): Pagefind's bundle in /pagefind/, with Ukrainian
 * lemmas and Dutch compound parts as index-only metadata, and the Ukrainian word tables the search
 * page looks query words up in (src/search/build-index.ts).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kb:search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const mismatch = pagefindMismatch(installedPagefind());
        if (mismatch) throw new Error(mismatch);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const compact = process.env['KB_SEARCH_COMPACT'] !== '0';
        if (!compact) logger.info('KB_SEARCH_COMPACT=0: Pagefind writes its bundle as it is, with its own chunk size');
        const summary = await buildSearchIndex(fileURLToPath(dir), { compact });
        const pages = Object.entries(summary.pages)
          .map(([lang, count]) => `${count} ${lang}`)
          .join(', ');
        logger.info(
          `indexed ${pages} pages; ${summary.lemmas} Ukrainian lemmas, ${summary.tableKeys} word forms in the table, ${summary.compounds} Dutch compounds; ${summary.seconds.toFixed(1)} s`,
        );
      },
    },
  };
}
