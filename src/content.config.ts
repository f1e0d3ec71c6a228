import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentRoot } from './content-check/content-root.ts';
import { caseSchema } from './schemas/case.ts';
import { guideSchema } from './schemas/guide.ts';
import { municipalitySchema } from './schemas/municipality.ts';
import { newsletterSchema } from './schemas/newsletter.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { practiceSchema } from './schemas/practice.ts';
import { themeSchema } from './schemas/theme.ts';

// Only wiring: the schemas live in src/schemas/ and the cross-file rules in src/content-check/,
// which runs before Astro loads anything (src/integrations/content-check.ts).
const root = contentRoot();
const data = (folder: string) => glob({ pattern: '*.{yaml,yml}', base: join(root, folder) });
const texts = (folder: string) => glob({ pattern: '*/{nl,uk,en}.mdx', base: join(root, folder) });

export const collections = {
  themes: defineCollection({ loader: data('themes'), schema: themeSchema }),
  municipalities: defineCollection({ loader: data('municipalities'), schema: municipalitySchema }),
  organisations: defineCollection({ loader: data('organisations'), schema: organisationSchema }),
  practices: defineCollection({ loader: texts('practices'), schema: practiceSchema }),
  guides: defineCollection({ loader: texts('guides'), schema: guideSchema }),
  cases: defineCollection({ loader: texts('cases'), schema: caseSchema }),
  newsletters: defineCollection({ loader: texts('newsletters'), schema: newsletterSchema }),
};
