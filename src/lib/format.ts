import type { Lang } from '../i18n/locales.ts';

// Intl objects are costly to create and pages format many dates: one per language, made once.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const collators = new Map<Lang, Intl.Collator>();

/** A date in the reader's locale: `15 червня 2026 р.`, `15 juni 2026`, `15 June 2026`. */
export function formatDate(iso: string, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** Names in the reader's alphabetical order. */
export function byName<T>(lang: Lang, name: (item: T) => string) {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang);
    collators.set(lang, collator);
  }
  return (a: T, b: T) => collator.compare(name(a), name(b));
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/** Names joined as the reader's language joins them: `Aalsmeer en Amstelveen`, `Аалсмер і Амстелвен`. */
export function formatList(items: string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(items);
}
