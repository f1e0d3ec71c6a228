import { z } from 'astro/zod';
import { limits } from '../content-check/limits.ts';
import { langs } from '../i18n/locales.ts';
import { linkProblem } from '../mdx/link-rules.ts';
import { forbiddenCharacter, forbiddenCharacterMessage } from './plain-text.ts';

/** A text field that holds no control or bidirectional character and no line break (plain-text.ts). */
export function withoutControls<T extends z.ZodType<string>>(schema: T): T {
  return schema.refine((value) => forbiddenCharacter(value) === undefined, {
    error: (issue) => forbiddenCharacterMessage(issue.input),
  });
}

/** One line of text of `min`–`max` characters: titles, summaries, names, roles. */
export const lineOfText = (min: number, max: number) => withoutControls(z.string().min(min).max(max));

/** Ids and slugs: lowercase ASCII letters, digits and single hyphens, at most 80 characters. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idRule = 'lowercase letters a–z, digits and single hyphens, at most 80 characters';

export const id = z
  .string()
  .max(80)
  .regex(idPattern, { error: `expected ${idRule}` });

/** The three pilot themes, as the content model fixes them. */
export const themeIds = ['housing', 'economy', 'services'] as const;

/** `YYYY-MM-DD`, also accepted as a YAML date (Astro's YAML parser turns dates into `Date`). */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected a date YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD', abort: true })
    .refine(
      (text) => {
        const date = new Date(`${text}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
      },
      {
        error: 'expected an existing calendar date YYYY-MM-DD',
      },
    ),
);

/** A text in every language of the site, `{ nl, uk, en }`, each at most `maxLength` characters. */
export function localized(maxLength: number) {
  return z.strictObject(
    Object.fromEntries(langs.map((lang) => [lang, lineOfText(1, maxLength)])) as Record<
      (typeof langs)[number],
      z.ZodString
    >,
  );
}

/** A name in every language: themes, municipalities, regions, organisations. */
export const localizedName = localized(limits.nameLength);

export const httpUrl = withoutControls(
  z
    .url({ protocol: /^https?$/, error: 'expected a web address starting with https:// or http://' })
    .max(2000)
    .check((context) => {
      // The scheme has its own message above; this adds what the one link rule says about the rest.
      const problem = /^https?:\/\//i.test(context.value) ? linkProblem(context.value) : undefined;
      if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value });
    }),
);

/** A lowercase keyword of 2–40 characters. */
export const tag = lineOfText(2, 40).refine((value) => value === value.toLowerCase(), {
  error: 'expected lowercase letters',
});
