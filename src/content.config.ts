import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentRoot } from './content-check/content-root.ts';
import { collections as contentModel } from './schemas/index.ts';

// Only wiring: the schemas live in src/schemas/ and the cross-file rules in src/content-check/,
// which runs before Astro loads anything (src/integrations/content-check.ts).
const root = contentRoot();
const patterns = { data: '*.{yaml,yml}', entry: '*/{nl,uk,en}.mdx', newsletter: '*/{nl,uk,en}.mdx' } as const;

const define = <K extends keyof typeof contentModel>(name: K) =>
  defineCollection({
    loader: glob({ pattern: patterns[contentModel[name].kind], base: join(root, name) }),
    schema: contentModel[name].schema,
  });

export const collections = {
  themes: define('themes'),
  municipalities: define('municipalities'),
  organisations: define('organisations'),
  practices: define('practices'),
  guides: define('guides'),
  cases: define('cases'),
  newsletters: define('newsletters'),
};
