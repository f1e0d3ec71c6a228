import { z } from 'astro/zod';
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };
import type { Lang } from './locales.ts';

/** English is the reference: every key in en.json must exist, non-empty, in every other dictionary. */
export type UiKey = keyof typeof en;
const keys = Object.keys(en) as UiKey[];
const dictionarySchema = z.strictObject(
  Object.fromEntries(keys.map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>,
);

function load(lang: Lang, dictionary: unknown): Record<UiKey, string> {
  const result = dictionarySchema.safeParse(dictionary);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `src/i18n/${lang}.json: ${issue.path.join('.') || issue.message}: ${issue.message}`);
    throw new Error(`UI dictionary incomplete:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const dictionaries: Record<Lang, Record<UiKey, string>> = { nl: load('nl', nl), uk: load('uk', uk), en: load('en', en) };

/**
 * The UI strings of one language.
 * @example useTranslations('uk')('skipLink.label') // => 'Перейти до змісту'
 */
export function useTranslations(lang: Lang) {
  return (key: UiKey): string => dictionaries[lang][key];
}
