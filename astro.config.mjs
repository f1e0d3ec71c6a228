// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { cspHash } from './src/layouts/csp.ts';
import { repository } from './src/lib/site.ts';
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
    // Shiki colours code with style="" attributes, which the Content-Security-Policy (below) blocks.
    syntaxHighlight: false,
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
  security: {
    // Defence in depth against hostile content (entries come from outside pull requests): a
    // Content-Security-Policy <meta> on every page. Scripts and styles only from the site itself,
    // plus the hashes Astro computes for its inlined ones; no inline event handlers, no style
    // attributes. A <meta> policy cannot carry frame-ancestors (that needs an HTTP header, which
    // GitHub Pages does not let us set). The search page adds 'wasm-unsafe-eval' for Pagefind
    // (src/layouts/BaseLayout.astro); inline scripts and <style> in the layouts get their hashes there.
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        // The search forms stay on the site; the share form posts to the repository's issue form without JavaScript.
        `form-action 'self' ${new URL(repository.url).origin}`,
      ],
      // MDX writes the column alignment of Markdown tables as style="text-align:…"; exactly those
      // three attribute values are allowed (style-src-attr), no other style attribute.
      styleDirective: {
        resources: [{ resource: "'unsafe-hashes'", kind: 'attribute' }],
        hashes: ['left', 'right', 'center'].map((align) => ({ hash: cspHash(`text-align:${align}`), kind: /** @type {const} */ ('attribute') })),
      },
    },
  },
  vite: {
    // The Ukrainian stemmer needs only one small class of @nlpjs/core; the search page gets a stand-in.
    resolve: { alias: { '@nlpjs/core': fileURLToPath(new URL('./src/search/nlpjs-core-shim.cjs', import.meta.url)) } },
  },
});
