import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { entryFiles } from './entry-files.ts';
import { entryGuard } from './entry-guard.ts';
import { figureImages } from './figure-images.ts';
import { footnoteLabels } from './footnote-labels.ts';
import { scrollableTables } from './scrollable-tables.ts';
import { taskListLabels } from './task-list-labels.ts';

/**
 * The page pipeline of every entry: Sätteri (Astro's default Markdown engine, and the parser of the
 * content check), through @astrojs/mdx. astro.config.mjs passes this to `satteri()`; the GFM
 * parity test renders with exactly this list.
 * - mdast: the guard first (nothing else sees a hostile tree), then Figure images, then the
 *   entry's file references.
 * - hast: footnote labels in the entry's language, names for task-list checkboxes, scrollable tables.
 * Each plugin but the guard is left out of a body that cannot contain what it changes.
 */
export const entryPipeline = {
  mdastPlugins: [entryGuard, figureImages, entryFiles],
  hastPlugins: [footnoteLabels, taskListLabels, scrollableTables],
  // GFM on (tables, task lists, footnotes, strikethrough, autolinks). No smart punctuation: it would
  // turn "…" into English curly quotes in Dutch and Ukrainian texts too (Ukrainian uses «…»);
  // contributors type the quotes of their language themselves.
  features: { gfm: true, smartPunctuation: false },
} satisfies SatteriProcessorOptions;
