import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';

/**
 * The schema of a text collection as the content layer sees it: the loader passes
 * `{ frontmatter, images }` (src/content-check/content-loader.ts), the frontmatter goes through the
 * schema the check uses, and each image of the body (found while rendering it,
 * src/mdx/render-entry-body.ts) through `image()`, which makes it an astro:assets image relative
 * to the text file. The entry's data is the frontmatter plus `bodyImages`.
 */
export function textSchema<S extends z.ZodType<Record<string, unknown>>>(frontmatter: S) {
  return ({ image }: SchemaContext) => {
    const images = z.array(z.strictObject({ src: image(), alt: z.string(), title: z.string().optional() }));
    type Output = z.output<S> & { bodyImages: z.output<typeof images> };
    return z.strictObject({ frontmatter, images }).transform((value): Output => {
      const parsed = value as unknown as { frontmatter: z.output<S>; images: z.output<typeof images> };
      return { ...parsed.frontmatter, bodyImages: parsed.images };
    });
  };
}
