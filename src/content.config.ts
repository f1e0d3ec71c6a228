import { defineCollection, type SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoader } from './content-check/content-loader.ts';
import { contentRoot } from './content-check/content-root.ts';
import type { CollectionName } from './content-model.ts';
import { schemas } from './schemas/index.ts';

// Only wiring: the layout is src/content-model.ts, the schemas src/schemas/, the reading
// src/content-check/ (the same code as npm run check, which runs before Astro loads anything).
// Astro infers the entry types from this literal object; `satisfies` keeps it complete.
const root = contentRoot();
const loader = (name: CollectionName) => contentLoader(root, name);

/**
 * A text's data: its frontmatter (the schema the check uses) and the images of its body, which
 * the loader found while rendering it (src/mdx/render-entry-body.ts); `image()` makes each one an
 * astro:assets image, relative to the text file.
 */
function text<S extends z.ZodType<Record<string, unknown>>>(frontmatter: S) {
  return ({ image }: SchemaContext) => {
    const images = z.array(z.strictObject({ src: image(), alt: z.string(), title: z.string().optional() }));
    type Output = z.output<S> & { bodyImages: z.output<typeof images> };
    return z.strictObject({ frontmatter, images }).transform((value): Output => {
      const parsed = value as unknown as { frontmatter: z.output<S>; images: z.output<typeof images> };
      return { ...parsed.frontmatter, bodyImages: parsed.images };
    });
  };
}

export const collections = {
  themes: defineCollection({ loader: loader('themes'), schema: schemas.themes }),
  municipalities: defineCollection({ loader: loader('municipalities'), schema: schemas.municipalities }),
  organisations: defineCollection({ loader: loader('organisations'), schema: schemas.organisations }),
  practices: defineCollection({ loader: loader('practices'), schema: text(schemas.practices) }),
  guides: defineCollection({ loader: loader('guides'), schema: text(schemas.guides) }),
  cases: defineCollection({ loader: loader('cases'), schema: text(schemas.cases) }),
  questions: defineCollection({ loader: loader('questions'), schema: text(schemas.questions) }),
  newsletters: defineCollection({ loader: loader('newsletters'), schema: text(schemas.newsletters) }),
} satisfies Record<CollectionName, unknown>;
