import type { Lang } from '../i18n/locales.ts';

/** A date in the reader's locale: `15 червня 2026 р.`, `15 juni 2026`, `15 June 2026`. */
export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** Names in the reader's alphabetical order. */
export function byName<T>(lang: Lang, name: (item: T) => string) {
  const collator = new Intl.Collator(lang);
  return (a: T, b: T) => collator.compare(name(a), name(b));
}
