import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// One MDX collection: every entry text of the corpus (practices, guides, cases), no schema.
export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '{practices,guides,cases}/*/{nl,uk,en}.mdx', base: process.env.KB_CONTENT_DIR! }),
  }),
};
