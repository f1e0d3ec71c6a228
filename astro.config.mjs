// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { rehypeFootnoteLabels } from './src/mdx/rehype-footnote-labels.ts';
import { rehypeScrollableTables } from './src/mdx/rehype-scrollable-tables.ts';
import { rehypeTaskListLabels } from './src/mdx/rehype-task-list-labels.ts';
import { remarkEntryFiles } from './src/mdx/remark-entry-files.ts';
import { remarkFigureImages } from './src/mdx/remark-figure-images.ts';
import { remarkEntryGuard } from './src/mdx/remark-entry-guard.ts';

export default defineConfig({
  // The public address; set SITE_URL when deploying elsewhere (absolute links in sitemap and feeds).
  site: process.env.SITE_URL ?? 'https://kennisbank.example.org',
  trailingSlash: 'always',
  // Tests and benchmarks build other content trees (KB_CONTENT_DIR) into their own folders.
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'nl', locales: { nl: 'nl', uk: 'uk', en: 'en' } },
      // Pages without text of their own (404, the root language choice) stay out of the sitemap.
      filter: (page) => !/\/404\/$/.test(page) && new URL(page).pathname !== '/',
    }),
  ],
  markdown: {
    // remark-gfm needs the unified processor; MDX inherits it. The guard runs first, on the raw tree.
    processor: unified({
      gfm: false,
      // SmartyPants would turn "…" into English curly quotes in Dutch and Ukrainian texts too
      // (Ukrainian uses «…»); contributors type the quotes of their language themselves.
      smartypants: false,
      remarkPlugins: [remarkEntryGuard, remarkGfm, remarkFigureImages, remarkEntryFiles],
      rehypePlugins: [rehypeFootnoteLabels, rehypeTaskListLabels, rehypeScrollableTables],
    }),
  },
  i18n: {
    locales: ['nl', 'uk', 'en'],
    defaultLocale: 'nl',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  build: { format: 'directory' },
  image: {
    // Entry images choose their own widths, sizes and formats (src/components/mdx/EntryImage.astro);
    // any other <Image> still gets a srcset instead of one full-size file. No responsiveStyles:
    // it would add a stylesheet for attributes we do not use (the entry CSS sizes the images).
    layout: 'constrained',
    breakpoints: [360, 720, 1080, 1440],
  },
  vite: {
    // The Ukrainian stemmer needs only one small class of @nlpjs/core; the search page gets a stand-in.
    resolve: { alias: { '@nlpjs/core': fileURLToPath(new URL('./src/search/nlpjs-core-shim.cjs', import.meta.url)) } },
  },
});
