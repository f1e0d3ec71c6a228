import type { AllowedComponent } from '../../mdx/allowlist.ts';
import Callout from './Callout.astro';
import EntryImage from './EntryImage.astro';
import Figure from './Figure.astro';
import Steps from './Steps.astro';

/** The components entries use without imports: exactly the names of src/mdx/allowlist.ts. */
const allowed = { Callout, Steps, Figure } satisfies Record<AllowedComponent, unknown>;

/**
 * What the entry page passes to `<Content components>`: the allowed components, plus `img`, which
 * renders Markdown images (Astro's MDX integration gives it the imported `ImageMetadata` of an
 * image in the entry folder). `img` is not an allowed name: entries cannot write `<img>` themselves.
 */
// typescript-eslint cannot type an .astro import; `astro check` types this line.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
export const mdxComponents = { ...allowed, img: EntryImage };
