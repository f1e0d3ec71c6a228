import type { z } from 'astro/zod';
import type { CollectionName } from '../content-model.ts';
import { caseSchema } from './case.ts';
import { eventSchema } from './event.ts';
import { guideSchema } from './guide.ts';
import { municipalitySchema } from './municipality.ts';
import { newsletterSchema } from './newsletter.ts';
import { organisationSchema } from './organisation.ts';
import { practiceSchema } from './practice.ts';
import { questionSchema } from './question.ts';
import { synonymsSchema } from './synonyms.ts';
import { themeSchema } from './theme.ts';

/** The schema of every collection of the content model (src/content-model.ts): the check and the site share it. */
export const schemas = {
  themes: themeSchema,
  municipalities: municipalitySchema,
  organisations: organisationSchema,
  synonyms: synonymsSchema,
  practices: practiceSchema,
  guides: guideSchema,
  cases: caseSchema,
  questions: questionSchema,
  events: eventSchema,
  newsletters: newsletterSchema,
} as const satisfies Record<CollectionName, z.ZodType>;
