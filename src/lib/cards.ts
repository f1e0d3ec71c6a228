import type { Lang } from '../i18n/locales.ts';
import type { Catalogue } from './entries.ts';
import { entryPath, parseEntryId, pickVersion, type EntryGroup } from './entry-groups.ts';

/** What a listing shows of one entry, in the reader's language where the entry has it. */
export interface Card {
  key: string;
  url: string;
  collection: EntryGroup['collection'];
  title: string;
  summary: string;
  /** Language of title and summary; differs from the reader's when no translation exists. */
  textLang: Lang;
  date: string;
  themes: { id: string; name: string }[];
  municipalities: { id: string; name: string; country: 'NL' | 'UA' }[];
  effort: 'low' | 'medium' | 'high' | undefined;
}

export function toCard(group: EntryGroup, lang: Lang, { themes, municipalities }: Catalogue): Card {
  const entry = pickVersion(group, lang);
  const { data } = entry;
  return {
    key: group.key,
    url: entryPath(lang, group),
    collection: group.collection,
    title: data.title,
    summary: data.summary,
    textLang: parseEntryId(entry.id).lang,
    date: data.updated ?? data.published,
    themes: data.themes.map((id) => ({ id, name: themes.find((theme) => theme.id === id)?.name[lang] ?? id })),
    municipalities: data.municipalities.flatMap((id) => {
      const municipality = municipalities.get(id);
      return municipality ? [{ id, name: municipality.name[lang], country: municipality.country }] : [];
    }),
    effort: 'transfer' in data ? data.transfer?.effort : undefined,
  };
}
