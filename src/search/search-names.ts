import type { Lang } from '../i18n/locales.ts';
import type { Catalogue } from '../lib/entries.ts';

/**
 * The names a page is also found by (its `names` metadata, read by build-index.ts): its
 * municipalities and themes in the other languages (the page's own are in its facts) and their
 * regions in every language, so that every language's index finds it by any of them (Харків,
 * Charkiv, Kharkiv).
 */
export function searchNames(
  catalogue: Pick<Catalogue, 'municipalities' | 'themes'>,
  lang: Lang,
  data: { municipalities: readonly string[]; themes: readonly string[] },
): string {
  const otherNames = (names: Record<string, string>) =>
    Object.entries(names).flatMap(([code, name]) => (code === lang ? [] : [name]));
  return [
    ...new Set([
      ...data.municipalities.flatMap((id) => {
        const municipality = catalogue.municipalities.get(id);
        return municipality ? [...otherNames(municipality.name), ...Object.values(municipality.region ?? {})] : [];
      }),
      ...data.themes.flatMap((id) => otherNames(catalogue.themes.find((theme) => theme.id === id)?.name ?? {})),
    ]),
  ].join(' ');
}
