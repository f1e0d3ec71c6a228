// Counts and placeholders of the UI strings, without the dictionaries: the server's translator
// (translations.ts) and the browser's scripts (the search page) fill strings with these same
// functions, so a count reads the same in a server-rendered listing and in search results.
import type { Lang } from './locales.ts';

// Intl objects are costly to create: one per language, made once.
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The plural category a count takes in a language: Ukrainian `one`, `few`, `many`; Dutch and English `one`, `other`. */
export function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** A count as the language writes it: `1.234`, `1 234`, `1,234`. */
export function formatCount(count: number, lang: Lang): string {
  return count.toLocaleString(lang);
}

/** Fills `{name}` placeholders; a placeholder without a value stays as written. */
export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

/**
 * A plural string: the form of the count's category (falling back to `other`), with `{count}` and
 * the other placeholders filled in.
 * @example pluralString({ one: '{count} матеріал', few: '{count} матеріали', other: '…' }, 3, 'uk') // => '3 матеріали'
 */
export function pluralString(
  forms: Partial<Record<Intl.LDMLPluralRule, string>>,
  count: number,
  lang: Lang,
  values: Record<string, string | number> = {},
): string {
  const form = forms[pluralCategory(count, lang)] ?? forms.other ?? '';
  return fillPlaceholders(form, { ...values, count: formatCount(count, lang) });
}
