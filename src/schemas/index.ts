import type { z } from 'astro/zod';
import { caseSchema } from './case.ts';
import { guideSchema } from './guide.ts';
import { municipalitySchema } from './municipality.ts';
import { newsletterSchema } from './newsletter.ts';
import { organisationSchema } from './organisation.ts';
import { practiceSchema } from './practice.ts';
import { themeSchema } from './theme.ts';

/** Every collection under `content/`, with its schema: the one table the check and the site share. */
export const collections = {
  themes: { kind: 'data', schema: themeSchema },
  municipalities: { kind: 'data', schema: municipalitySchema },
  organisations: { kind: 'data', schema: organisationSchema },
  practices: { kind: 'entry', schema: practiceSchema },
  guides: { kind: 'entry', schema: guideSchema },
  cases: { kind: 'entry', schema: caseSchema },
  newsletters: { kind: 'newsletter', schema: newsletterSchema },
} as const satisfies Record<string, { kind: 'data' | 'entry' | 'newsletter'; schema: z.ZodType }>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];
