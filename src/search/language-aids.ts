// What the search of a language reads beside Pagefind's index, written by the build into the bundle
// (src/search/build-index.ts) and fetched with the language's first search: the editors' synonyms
// (src/search/synonyms.ts) and which pages are municipality profiles or themes, with their titles,
// so that ranking can put them after the entries without fetching any page's details.
import { synonymTablePath, type SynonymTable } from './synonyms.ts';

/** A language's profile and theme pages: Pagefind's page id without its language prefix → title. */
export type ProfileList = Record<string, string>;

/** Where a language's profile list is, inside Pagefind's bundle folder. */
export const profileListPath = (lang: string) => `profiles/${lang}.json`;

export interface LanguageAids {
  synonyms?: SynonymTable | undefined;
  profiles?: ProfileList | undefined;
}

const readJson = <T>(url: string): Promise<T | undefined> =>
  fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<T>) : undefined))
    .catch(() => undefined);

/** Each language's aids from the bundle at `base`, fetched once per language. */
export function languageAidsLoader(base: string): (lang: string) => Promise<LanguageAids> {
  const loaded = new Map<string, Promise<LanguageAids>>();
  return (lang) => {
    let aids = loaded.get(lang);
    if (!aids) {
      aids = Promise.all([
        readJson<SynonymTable>(base + synonymTablePath(lang)),
        readJson<ProfileList>(base + profileListPath(lang)),
      ]).then(([synonyms, profiles]) => ({ synonyms, profiles }));
      loaded.set(lang, aids);
    }
    return aids;
  };
}
