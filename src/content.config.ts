import { defineCollection } from 'astro:content';
import { contentLoader } from './content-check/content-loader.ts';
import { contentRoot } from './content-check/content-root.ts';
import { textSchema as text } from './content-check/text-schema.ts';
import type { CollectionName } from './content-model.ts';
import { schemas } from './schemas/index.ts';

// Only wiring: the layout is src/content-model.ts, the schemas src/schemas/, the reading
// src/content-check/ (the same code as npm run check, which runs before Astro loads anything).
// Astro infers the entry types from this literal object; `satisfies` keeps it complete.
const root = contentRoot();
const loader = (name: CollectionName) => contentLoader(root, name);

export const collections = {
  themes: defineCollection({ loader: loader('themes'), schema: schemas.themes }),
  municipalities: defineCollection({ loader: loader('municipalities'), schema: schemas.municipalities }),
  organisations: defineCollection({ loader: loader('organisations'), schema: schemas.organisations }),
  synonyms: defineCollection({ loader: loader('synonyms'), schema: schemas.synonyms }),
  practices: defineCollection({ loader: loader('practices'), schema: text(schemas.practices) }),
  guides: defineCollection({ loader: loader('guides'), schema: text(schemas.guides) }),
  cases: defineCollection({ loader: loader('cases'), schema: text(schemas.cases) }),
  questions: defineCollection({ loader: loader('questions'), schema: text(schemas.questions) }),
  events: defineCollection({ loader: loader('events'), schema: text(schemas.events) }),
  newsletters: defineCollection({ loader: loader('newsletters'), schema: text(schemas.newsletters) }),
} satisfies Record<CollectionName, unknown>;
