// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// A bare Astro 7 site: no Markdown processor configured (Astro's default, Sätteri, with its
// defaults: GFM and smart punctuation on, Shiki on), the MDX integration with its defaults.
export default defineConfig({
  site: 'https://floor.example.org',
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
});
