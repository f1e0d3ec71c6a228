import { getCollection, type CollectionEntry } from 'astro:content';
import { entryCollections, entryKey, type CardCollection, type EntryCollection } from '../content-model.ts';
import {
  byDate,
  parseEntryId,
  pickVersion,
  type Entry,
  type EntryGroup,
  type QuestionGroup,
  type QuestionText,
  type TextGroup,
} from './entry-groups.ts';

export * from './entry-groups.ts';
export type Theme = CollectionEntry<'themes'>['data'];
export type Municipality = CollectionEntry<'municipalities'>['data'];
export type Organisation = CollectionEntry<'organisations'>['data'];

export interface Catalogue {
  themes: Theme[];
  municipalities: Map<string, Municipality>;
  organisations: Map<string, Organisation>;
  /** Practices, guides and cases by `<collection>/<slug>`, newest first. */
  groups: Map<string, EntryGroup>;
  /** Questions by `questions/<slug>`: open ones first, then newest first. */
  questions: Map<string, QuestionGroup>;
  /** Entry key → the questions it answers. */
  answering: Map<string, QuestionGroup[]>;
  /** Entry key → the entries that build on it: where it was applied or adapted. */
  appliedIn: Map<string, EntryGroup[]>;
}

/** Drafts are shown by the dev server and left out of every production build. */
const isVisible = (entry: { data: { status: string } }) =>
  import.meta.env.KB_SHOW_DRAFTS || entry.data.status !== 'draft';

let catalogue: Promise<Catalogue> | undefined;

/** Everything the pages show, loaded once per build and indexed, so no page scans all entries. */
export function getCatalogue(): Promise<Catalogue> {
  catalogue ??= loadCatalogue();
  return catalogue;
}

function grouped<C extends CardCollection, T extends { id: string; collection: C; data: { status: string } }>(
  texts: T[],
) {
  const groups = new Map<string, TextGroup<C, T>>();
  for (const text of texts.filter(isVisible)) {
    const { slug, lang } = parseEntryId(text.id);
    const key = entryKey(text.collection, slug);
    const group = groups.get(key) ?? { collection: text.collection, slug, key, versions: {} };
    group.versions[lang] = text;
    groups.set(key, group);
  }
  return groups;
}

/** The keys a field lists in any language of a text, once each. */
const listed = <T extends { data: object }>(group: TextGroup<CardCollection, T>, field: string): string[] => [
  ...new Set(
    Object.values(group.versions).flatMap(
      (text) => ((text?.data as Record<string, unknown>)[field] as string[] | undefined) ?? [],
    ),
  ),
];

const stateOrder = { open: 0, answered: 1, closed: 2 } as const;

async function loadCatalogue(): Promise<Catalogue> {
  const [themes, municipalities, organisations, questionTexts, ...texts] = await Promise.all([
    getCollection('themes'),
    getCollection('municipalities'),
    getCollection('organisations'),
    getCollection('questions'),
    ...entryCollections.map((collection) => getCollection(collection)),
  ]);
  const groups = grouped<EntryCollection, Entry>(texts.flat());
  const questions = grouped<'questions', QuestionText>(questionTexts);
  const sortedGroups = new Map([...groups].sort(([, a], [, b]) => byDate(pickVersion(a, 'nl'), pickVersion(b, 'nl'))));
  const sortedQuestions = new Map(
    [...questions].sort(([, a], [, b]) => {
      const [first, second] = [pickVersion(a, 'nl'), pickVersion(b, 'nl')];
      return stateOrder[first.data.state] - stateOrder[second.data.state] || byDate(first, second);
    }),
  );
  const answering = new Map<string, QuestionGroup[]>();
  for (const question of sortedQuestions.values()) {
    for (const key of listed(question, 'answers'))
      if (groups.has(key)) answering.set(key, [...(answering.get(key) ?? []), question]);
  }
  const appliedIn = new Map<string, EntryGroup[]>();
  for (const group of sortedGroups.values()) {
    for (const key of listed(group, 'builds_on'))
      if (groups.has(key)) appliedIn.set(key, [...(appliedIn.get(key) ?? []), group]);
  }
  return {
    themes: themes.map((theme) => theme.data).sort((a, b) => a.order - b.order),
    municipalities: new Map(municipalities.map((m) => [m.data.id, m.data])),
    organisations: new Map(organisations.map((o) => [o.data.id, o.data])),
    groups: sortedGroups,
    questions: sortedQuestions,
    answering,
    appliedIn,
  };
}
