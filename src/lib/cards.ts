import type { CardCollection } from '../content-model.ts';
import type { Lang } from '../i18n/locales.ts';
import type { Catalogue } from './entries.ts';
import { entryPath, parseEntryId, pickVersion, type EntryGroup, type QuestionGroup } from './entry-groups.ts';

/** What a listing shows of one entry or question, in the reader's language where it has it. */
export interface Card {
  key: string;
  url: string;
  collection: CardCollection;
  title: string;
  summary: string;
  /** Language of title and summary; differs from the reader's when no translation exists. */
  textLang: Lang;
  date: string;
  themes: { id: string; name: string }[];
  municipalities: { id: string; name: string; country: 'NL' | 'UA' }[];
  effort: 'low' | 'medium' | 'high' | undefined;
  /** Entries: whether another entry builds on this one (it was applied elsewhere). */
  applied: boolean;
  /** Questions: open, answered or closed. */
  state: 'open' | 'answered' | 'closed' | undefined;
}

type CardData = {
  title: string;
  summary: string;
  published: string;
  updated?: string | undefined;
  themes: string[];
  municipalities: string[];
};

function baseCard(
  group: EntryGroup | QuestionGroup,
  data: CardData,
  textLang: Lang,
  lang: Lang,
  { themes, municipalities }: Catalogue,
) {
  return {
    key: group.key,
    url: entryPath(lang, group),
    collection: group.collection,
    title: data.title,
    summary: data.summary,
    textLang,
    date: data.updated ?? data.published,
    themes: data.themes.map((id) => ({ id, name: themes.find((theme) => theme.id === id)?.name[lang] ?? id })),
    municipalities: data.municipalities.flatMap((id) => {
      const municipality = municipalities.get(id);
      return municipality ? [{ id, name: municipality.name[lang], country: municipality.country }] : [];
    }),
  };
}

/** A question's card: its asking municipalities stand where an entry's municipalities stand. */
export function toQuestionCard(group: QuestionGroup, lang: Lang, catalogue: Catalogue): Card {
  const question = pickVersion(group, lang);
  return {
    ...baseCard(group, question.data, parseEntryId(question.id).lang, lang, catalogue),
    effort: undefined,
    applied: false,
    state: question.data.state,
  };
}

export function toCard(group: EntryGroup, lang: Lang, catalogue: Catalogue): Card {
  const entry = pickVersion(group, lang);
  const { data } = entry;
  return {
    ...baseCard(group, data, parseEntryId(entry.id).lang, lang, catalogue),
    effort: 'transfer' in data ? data.transfer?.effort : undefined,
    applied: catalogue.appliedIn.has(group.key),
    state: undefined,
  };
}
