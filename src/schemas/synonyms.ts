import { z } from 'astro/zod';
import { limits } from '../content-check/limits.ts';
import { langs } from '../i18n/locales.ts';
import { id } from './common.ts';

/** A word or phrase a reader may type: letters, digits, spaces, hyphens and apostrophes. */
const phrase = z
  .string()
  .min(2)
  .max(limits.nameLength)
  .regex(/^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}' ʼ’-]*[\p{L}\p{N}\p{M}])?$/u, {
    error: 'expected a word or phrase: letters, digits, spaces, hyphens and apostrophes',
  });

/** Two or more phrases that mean the same to a reader. */
const group = z.array(phrase).min(2, { error: 'expected at least two words or phrases that mean the same' }).max(20);

/**
 * `content/synonyms/<id>.yaml`: words readers type for the same thing, per language (переселенці,
 * ВПО, внутрішньо переміщені особи): a search for one also finds the others. A language may be
 * left out where it has no such words.
 */
export const synonymsSchema = z
  .strictObject(
    Object.fromEntries([['id', id], ...langs.map((lang) => [lang, group.optional()])]) as {
      id: typeof id;
    } & Record<(typeof langs)[number], z.ZodOptional<typeof group>>,
  )
  .refine((record) => langs.some((lang) => record[lang]), {
    error: `expected words in at least one of ${langs.join(', ')}`,
  });

export type Synonyms = z.output<typeof synonymsSchema>;
