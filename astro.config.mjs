// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { langs } from './src/content-model.ts';
import { defaultLang as defaultLocale } from './src/i18n/locales.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { offline } from './src/integrations/offline.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sendReady } from './src/integrations/send-ready.ts';
import { cspHash } from './src/layouts/csp.ts';
import { exampleSite, repository } from './src/lib/site.ts';

// The public address; set SITE_URL when deploying elsewhere (absolute links in sitemap, feeds and
// email). A path in it, as a GitHub Pages project site has (https://owner.github.io/repo/),
// becomes the base path of every link (src/content-model.ts, `paths`).
const siteUrl = new URL((process.env.SITE_URL || exampleSite).replace(/\/?$/, '/'));

export default defineConfig({
  site: siteUrl.origin,
  base: siteUrl.pathname,
  trailingSlash: 'always',
  // Tests and benchmarks build other content trees (KB_CONTENT_DIR) into their own folders.
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    // One warning line each, first, when a build still has the example address or the placeholder mailbox.
    sendReady(),
    contentCheck(),
    // Reading without a connection: writes the service worker /sw.js (src/integrations/offline.ts).
    offline(),
    // MDX for pages of the site itself (src/pages/**/*.mdx). Entries are not compiled by it: they
    // are data, rendered to HTML by the content loader (src/mdx/render-entry-body.ts).
    mdx(),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(langs.map((lang) => [lang, lang])) },
      // Pages without text of their own (404, the root language choice) stay out of the sitemap.
      filter: (page) => !/\/(404|offline)\/$/.test(page) && new URL(page).pathname !== siteUrl.pathname,
    }),
    // Pagefind's index with Ukrainian lemmas and Dutch compound parts, after the pages are written.
    searchIndex(),
  ],
  markdown: {
    // Shiki colours code with style="" attributes, which the Content-Security-Policy (below) blocks.
    syntaxHighlight: false,
  },
  i18n: {
    locales: [...langs],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  build: { format: 'directory' },
  image: {
    // Entry images choose their own widths, sizes and formats (src/components/mdx/EntryImage.astro);
    // any other <Image> still gets a srcset instead of one full-size file. No responsiveStyles:
    // it would add a stylesheet for attributes we do not use (the entry CSS sizes the images).
    layout: 'constrained',
    breakpoints: [360, 720, 1080, 1440],
    // AVIF at sharp's effort 0 instead of its default 4: 30 times less encoding time per photo for
    // about 10 % more bytes (node scripts/bench/encode-images.ts); the photo budget still holds
    // (tests/unit/entry-images.test.ts).
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 0 } } },
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
        hashes: ['left', 'right', 'center'].map((align) => ({
          hash: cspHash(`text-align:${align}`),
          kind: /** @type {const} */ ('attribute'),
        })),
      },
    },
  },
  vite: {
    // `astro preview` serves a build as a static host would; on a taken port it stops instead of
    // moving to another one, so that tests reach the server they started.
    preview: { strictPort: true },
  },
});
