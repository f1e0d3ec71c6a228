// The entries of the ranking benchmark (scripts/bench/search-ranking.ts), written into a corpus of
// scripts/bench/generate-corpus.ts: targets (a word in the title and three times in the text),
// Ukrainian loan words, Dutch prefix traps; and what the benchmark searches for each.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { writtenKinds } from '../../src/content-model.ts';
import type { Hunspell } from '../../src/search/hunspell.ts';
import { splitWords, wordKey } from '../../src/search/words.ts';
import { random, sentencePools, words as corpusWords } from './generate-corpus.ts';
import { concepts, loanWords, prefixTraps } from './ranking-words.ts';

type TextLang = 'nl' | 'uk' | 'en';

/** A query whose best answer is known: the entry titled with the word. */
export interface TargetCase {
  lang: TextLang;
  /** The word as the title writes it (for Ukrainian: the lemma). */
  word: string;
  query: string;
  /** Address of the target page, e.g. /uk/practices/ranking-target-03/. */
  target: string;
  title: string;
  /** How often the target's text (without its title) holds the word: 3, or more where a sentence of content/ repeats it. */
  mentions: number;
  /** Other pages of the language that hold the word (any form) / that hold it in their title. */
  otherPages: number;
  titleRivals: number;
}

export interface LoanCase {
  word: string;
  written: string;
  query: string;
  target: string;
  title: string;
  /** Whether the Ukrainian dictionary knows the written form and the query. */
  inDictionary: { written: boolean; query: boolean };
}

export interface TrapCase {
  word: string;
  trapWord: string;
  /** The entry that holds the word itself (in its text). */
  holder: string;
  /** The entry with a word that merely begins like it (in its title and text). */
  trap: string;
}

export interface RankingCases {
  /** Texts of the generated corpus whose title held a target's word and got another title. */
  retitled: number;
  targets: TargetCase[];
  loans: LoanCase[];
  traps: TrapCase[];
}

const headings = (lang: TextLang) => corpusWords[lang].headings;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const pagePath = (lang: TextLang, slug: string) => `/${lang}/practices/${slug}/`;
const lower = (word: string) => wordKey(word);

type LemmasOf = (key: string) => string[];

/** The dictionary's lemmas of a word, remembered: the filters below ask for the same words many times. */
function rememberLemmas(uk: Hunspell): LemmasOf {
  const known = new Map<string, string[]>();
  return (key) => {
    let lemmas = known.get(key);
    if (!lemmas) known.set(key, (lemmas = uk.lemmas(key)));
    return lemmas;
  };
}

/** Whether a word of a text is the word itself (Ukrainian: any form of the lemma). */
function isWord(lang: TextLang, word: string, lemmasOf: LemmasOf) {
  const key = lower(word);
  return (written: string) => {
    const candidate = lower(written);
    return lang === 'uk' ? candidate === key || lemmasOf(candidate).includes(key) : candidate === key;
  };
}

/** Whether a word of a text is the word or merely begins like it (what a prefix search could match). */
function touchesWord(lang: TextLang, word: string, lemmasOf: LemmasOf) {
  const exact = isWord(lang, word, lemmasOf);
  const key = lower(word);
  // A Ukrainian stem without its ending: words that begin with it may be forms a prefix search finds.
  const stem = lang === 'uk' ? key.replace(/[аеєиіїоуюяь]+$/u, '') : key;
  return (written: string) => exact(written) || lower(written).startsWith(stem);
}

/**
 * Writes the benchmark's entries into `corpus` (a tree of generate-corpus.ts) and returns its cases.
 * Same seed, same entries and queries.
 */
export function writeRankingEntries(corpus: string, seed: number, uk: Hunspell): RankingCases {
  const rng = random(seed + 1009);
  // The Ukrainian queries have a random source of their own, so that they do not change with the texts.
  const queryRng = random(seed + 2003);
  const pools = sentencePools();
  const lemmasOf = rememberLemmas(uk);
  const write = (slug: string, lang: TextLang, fields: Record<string, unknown>, body: string) => {
    mkdirSync(join(corpus, 'practices', slug), { recursive: true });
    writeFileSync(
      join(corpus, 'practices', slug, `${lang}.mdx`),
      `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${body}\n`,
    );
  };
  const frontmatter = (title: string, summary: string, lang: TextLang, original: TextLang) => ({
    title,
    summary,
    themes: ['services'],
    municipalities: [],
    organisations: ['vng-international'],
    published: '2025-06-01',
    tags: ['benchmark'],
    ...(lang === original ? {} : { translation: { from: original, reviewed: false } }),
  });
  /** Sentences of content/ in the language that hold no word `avoid` accepts. */
  const fillerOf = (lang: TextLang, avoid: (word: string) => boolean) => {
    const filler = pools[lang].filter((sentence) => !splitWords(sentence).some(avoid));
    if (filler.length < 20) throw new Error(`Too few sentences of content/ in ${lang} without the benchmark's word.`);
    return filler;
  };
  const pick = <T>(items: readonly T[], count: number): T[] => {
    const left = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && left.length > 0) chosen.push(left.splice(rng.int(left.length), 1)[0]!);
    return chosen;
  };
  /** An entry text of the generator's shape (four sections, a callout) with the given sentences spread over it. */
  const body = (lang: TextLang, filler: string[], own: string[]) => {
    const f = () => rng.pick(filler);
    const h = headings(lang);
    const [a = '', b = '', c = ''] = own;
    return [
      `## ${h[0]}\n\n${[f(), f(), a, f(), f()].filter(Boolean).join(' ')}`,
      `## ${h[1]}\n\n${[f(), f(), f(), b].filter(Boolean).join(' ')}`,
      `## ${h[2]}\n\n${[f(), c, f(), f(), f()].filter(Boolean).join(' ')}`,
      `## ${h[3]}\n\n${[f(), f(), f(), f()].join(' ')}`,
      `<Callout type="note">\n${f()}\n</Callout>`,
    ].join('\n\n');
  };
  const summaryOf = (filler: string[]) =>
    `${rng.pick(filler)} ${rng.pick(filler)}`.slice(0, 280).replace(/\s+\S*$/u, '.');
  // A target's title is its word and the beginning of a sentence that holds no target's word, so that
  // no target is another's rival.
  const titleTouches = {
    nl: concepts.map((concept) => touchesWord('nl', concept.nl, lemmasOf)),
    uk: concepts.map((concept) => touchesWord('uk', concept.uk, lemmasOf)),
    en: concepts.map((concept) => touchesWord('en', concept.en, lemmasOf)),
  };
  const titleSentences = {
    nl: fillerOf('nl', (word) => titleTouches.nl.some((touch) => touch(word))),
    uk: fillerOf('uk', (word) => titleTouches.uk.some((touch) => touch(word))),
    en: fillerOf('en', (word) => titleTouches.en.some((touch) => touch(word))),
  };
  const titleTail = (lang: TextLang, length = 70) =>
    rng
      .pick(titleSentences[lang])
      .slice(0, length)
      .replace(/[.,:;\s]+\S*$/u, '');

  // The generator's titles are beginnings of the same sentences, so many hold a target's word (or a
  // longer word that begins like it). They get another beginning, free of the targets' words: each
  // target is then the one page of its language titled with its word, while the word stays in the
  // text of many pages.
  let retitled = 0;
  for (const text of readTexts(corpus)) {
    if (!splitWords(text.title).some((word) => titleTouches[text.lang].some((touch) => touch(word)))) continue;
    // The generator ends each title with the entry's number (and a question with «?»).
    const number = / \d+\??$/u.exec(text.title)?.[0] ?? '';
    const title = `${titleTail(text.lang, 90)}${number}`;
    writeFileSync(text.file, text.source.replace(/^title: .*$/mu, `title: ${JSON.stringify(title)}`));
    retitled += 1;
  }

  // Targets: one entry per concept, in three languages, each text titled with its language's word.
  const targets: TargetCase[] = [];
  concepts.forEach((concept, n) => {
    const slug = `ranking-target-${String(n + 1).padStart(2, '0')}`;
    for (const lang of ['nl', 'uk', 'en'] as const) {
      const word = concept[lang];
      const exact = isWord(lang, word, lemmasOf);
      const filler = fillerOf(lang, touchesWord(lang, word, lemmasOf));
      // Sentences of content/ that hold the word exactly once (Ukrainian: one form of it), else a plain one.
      const holding = pools[lang].filter((sentence) => splitWords(sentence).filter(exact).length === 1);
      const own = pick([...new Set(holding)], 3);
      while (own.length < 3) own.push(plainSentence(lang, word));
      const title = `${capitalise(word)}: ${titleTail(lang)}`;
      const text = body(lang, filler, own);
      write(slug, lang, frontmatter(title, summaryOf(filler), lang, 'nl'), text);
      targets.push({
        lang,
        word,
        query: lang === 'uk' ? otherForm(word, uk, queryRng.int(1 << 30)) : word,
        target: pagePath(lang, slug),
        title,
        mentions: splitWords(text).filter(exact).length,
        otherPages: 0,
        titleRivals: 0,
      });
    }
  });

  // Loan words: Ukrainian entries only.
  const loans: LoanCase[] = loanWords.map((loan, n) => {
    const slug = `ranking-loan-${String(n + 1).padStart(2, '0')}`;
    const filler = fillerOf('uk', touchesWord('uk', loan.word, lemmasOf));
    write(slug, 'uk', frontmatter(loan.title, summaryOf(filler), 'uk', 'uk'), body('uk', filler, loan.sentences));
    return {
      word: loan.word,
      written: loan.written,
      query: loan.query,
      target: pagePath('uk', slug),
      title: loan.title,
      inDictionary: { written: uk.lemmas(loan.written).length > 0, query: uk.lemmas(loan.query).length > 0 },
    };
  });

  // Dutch prefix traps: the holder and the trap, Dutch entries only.
  const traps: TrapCase[] = prefixTraps.map((trap, n) => {
    const number = String(n + 1).padStart(2, '0');
    const filler = fillerOf('nl', (word) => touchesWord('nl', trap.word, lemmasOf)(word));
    for (const [slug, entry] of [
      [`ranking-holder-${number}`, trap.holder],
      [`ranking-trap-${number}`, trap.trap],
    ] as const)
      write(slug, 'nl', frontmatter(entry.title, summaryOf(filler), 'nl', 'nl'), body('nl', filler, entry.sentences));
    return {
      word: trap.word,
      trapWord: trap.trapWord,
      holder: pagePath('nl', `ranking-holder-${number}`),
      trap: pagePath('nl', `ranking-trap-${number}`),
    };
  });

  countRivals(corpus, targets, lemmasOf);
  return { retitled, targets, loans, traps };
}

/** A form of the lemma's paradigm other than the lemma, chosen by `choice`. */
function otherForm(lemma: string, uk: Hunspell, choice: number): string {
  const forms = [...new Set(uk.forms(lemma))].filter((form) => form !== lemma).sort();
  if (forms.length === 0) throw new Error(`The Ukrainian dictionary has no other form of «${lemma}».`);
  return forms[choice % forms.length]!;
}

/** A sentence with the word, for a word that content/ writes in fewer than three sentences. */
function plainSentence(lang: TextLang, word: string): string {
  if (lang === 'nl') return `Meer over ${word} staat in de bijlage.`;
  if (lang === 'en') return `More on ${word} is in the annex.`;
  return `Тема розділу: ${word}.`;
}

interface CorpusText {
  lang: TextLang;
  /** Address of its page. */
  page: string;
  file: string;
  source: string;
  title: string;
  summary: string;
  body: string;
  draft: boolean;
}

/** The texts of the corpus's entries and questions. */
function readTexts(corpus: string): CorpusText[] {
  const texts: CorpusText[] = [];
  // Every kind a contributor writes (the registry), so that a new kind is retitled too.
  for (const collection of Object.values(writtenKinds)) {
    for (const slug of readdirSync(join(corpus, collection))) {
      for (const name of readdirSync(join(corpus, collection, slug))) {
        const lang = /^(nl|uk|en)\.mdx$/u.exec(name)?.[1] as TextLang | undefined;
        if (!lang) continue;
        const file = join(corpus, collection, slug, name);
        const source = readFileSync(file, 'utf8');
        const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(source) ?? [];
        const fields = parse(yaml) as { title?: string; summary?: string; status?: string };
        texts.push({
          lang,
          page: `/${lang}/${collection}/${slug}/`,
          file,
          source,
          title: fields.title ?? '',
          summary: fields.summary ?? '',
          body,
          draft: fields.status === 'draft',
        });
      }
    }
  }
  return texts;
}

/** For each target: how many other published texts of its language hold the word, and in their title. */
function countRivals(corpus: string, targets: TargetCase[], lemmasOf: LemmasOf) {
  const texts = readTexts(corpus).filter((text) => !text.draft);
  for (const target of targets) {
    const exact = isWord(target.lang, target.word, lemmasOf);
    const others = texts.filter((text) => text.lang === target.lang && text.page !== target.target);
    target.otherPages = others.filter((text) =>
      splitWords(`${text.title} ${text.summary} ${text.body}`).some(exact),
    ).length;
    target.titleRivals = others.filter((text) => splitWords(text.title).some(exact)).length;
  }
}
