import { z } from 'astro/zod';
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };
import type { Lang } from './locales.ts';
import { fillPlaceholders, formatCount, pluralCategory } from './plural.ts';

/** English is the reference: every key in en.json must exist, non-empty, in every other dictionary. */
export type UiKey = keyof typeof en;
const keys = Object.keys(en) as UiKey[];
const dictionarySchema = z.strictObject(
  Object.fromEntries(keys.map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>,
);

/** Parses one dictionary; a missing, empty or unknown key fails the build with the file and key. */
export function loadDictionary(lang: string, dictionary: unknown): Record<UiKey, string> {
  const result = dictionarySchema.safeParse(dictionary);
  if (!result.success) {
    const lines = result.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `src/i18n/${lang}.json: unknown key(s) ${issue.keys.join(', ')}; add them to en.json first`
        : `src/i18n/${lang}.json: ${issue.path.join('.')}: missing or empty; expected a translation of "${en[issue.path[0] as UiKey] ?? ''}"`,
    );
    throw new Error(`UI dictionary incomplete:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const dictionaries: Record<Lang, Record<UiKey, string>> = {
  nl: loadDictionary('nl', nl),
  uk: loadDictionary('uk', uk),
  en: loadDictionary('en', en),
};

/** Keys with `.one`, `.few`, `.many` and `.other` forms, e.g. `entries.count`. */
type PluralBase = UiKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

/**
 * The UI strings of one language, with `{name}` placeholders filled in.
 * @example
 * const t = useTranslations('uk');
 * t('skipLink.label') // => 'Перейти до змісту'
 * t.plural('entries.count', 3) // => '3 матеріали'
 */
export function useTranslations(lang: Lang): Translate {
  let translate = translators.get(lang);
  if (!translate) {
    translate = makeTranslator(lang);
    translators.set(lang, translate);
  }
  return translate;
}

// Every component asks for its language's strings; they are made once per language.
const translators = new Map<Lang, Translate>();

function makeTranslator(lang: Lang) {
  const dictionary = dictionaries[lang];
  const t = (key: UiKey, values: Record<string, string | number> = {}): string =>
    fillPlaceholders(dictionary[key], values);
  /** Picks the plural form the language needs (Ukrainian: one, few, many), falling back to `other`. */
  t.plural = (base: PluralBase, count: number): string => {
    const form = `${base}.${pluralCategory(count, lang)}` as UiKey;
    return t(form in dictionary ? form : (`${base}.other` as UiKey), { count: formatCount(count, lang) });
  };
  return t;
}

export type Translate = ReturnType<typeof makeTranslator>;
