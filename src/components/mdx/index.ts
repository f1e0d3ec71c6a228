import type { AllowedComponent } from '../../mdx/allowlist.ts';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Steps from './Steps.astro';

/** The components entries use without imports: exactly the names of src/mdx/allowlist.ts. */
export const mdxComponents = { Callout, Steps, Figure } satisfies Record<AllowedComponent, unknown>;
