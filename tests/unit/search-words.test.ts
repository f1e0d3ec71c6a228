import { describe, expect, it } from 'vitest';
import { loadDictionaries, ukrainianLemmas, UkrainianLemmas } from '../../src/search/build-index.ts';
import { compoundParts } from '../../src/search/dutch-compounds.ts';
import { indexedText, pagefindHtml, withIndexMeta, withWordTokens } from '../../src/search/index-text.ts';
import { excerptAround, holdsTyped, matchesTyped, planQuery, withoutTokens } from '../../src/search/query-plan.ts';
import { lemmaToken, shardOf, splitWords, wordKey } from '../../src/search/words.ts';
import {
  oneEditApart,
  suggestQuery,
  vocabularyEndShard,
  vocabularyShard,
  type VocabularyShard,
} from '../../src/search/did-you-mean.ts';

const { uk, nl } = await loadDictionaries();

describe('Ukrainian lemmas from the dictionary', () => {
  // Pairs a stemmed prefix cannot join: consonant alternation, fleeting vowels, і/о, place names, verbs.
  for (const [form, lemma] of [
    ['підтримці', 'підтримка'],
    ['послузі', 'послуга'],
    ['дорозі', 'дорога'],
    ['переселенців', 'переселенець'],
    ['будинку', 'будинок'],
    ['податку', 'податок'],
    ['року', 'рік'],
    ['сіл', 'село'],
    ['шкіл', 'школа'],
    ['Києві', 'київ'],
    ['працюють', 'працювати'],
    ['працювали', 'працювати'],
    ['об’єкти', "об'єкт"],
  ] as const) {
    it(`${form} → ${lemma}`, () => expect(uk.lemmas(form)).toContain(lemma));
  }

  it('gives every form of a lemma, so that any form finds any other', () => {
    const forms = uk.forms('працювати');
    for (const form of ['працюють', 'працювали', 'працюватиме', 'працюючи']) expect(forms).toContain(form);
    for (const form of uk.forms('будинок')) expect(uk.lemmas(form), form).toContain('будинок');
  });

  it('indexes a word the dictionary lacks under its stem, and a hyphenated one under its parts too', () => {
    expect(ukrainianLemmas('Ґрунтовщина', uk)).toEqual(['~ґрунтовщин']);
    expect(ukrainianLemmas('соціально-економічного', uk)).toEqual(
      expect.arrayContaining(['соціально-економічний', 'економічний']),
    );
    expect(ukrainianLemmas('Ґрунтовщина-Плюс', uk)).toEqual(
      expect.arrayContaining(['ґрунтовщина-плюс', '~ґрунтовщин', 'плюс']),
    );
  });

  it('joins the forms of a loan word the dictionary lacks by its stem, and no dictionary word with it', () => {
    for (const forms of [
      ['релокація', 'релокації', 'релокацією', 'релокацій', 'релокаціями'],
      ['кешбек', 'кешбеку', 'кешбеком', 'кешбеки', 'кешбеків'],
      ['грантрайтинг', 'грантрайтингу', 'грантрайтингом'],
      ['лайфхак', 'лайфхаки', 'лайфхаків', 'лайфхаками'],
    ]) {
      const lemmas = forms.map((form) => ukrainianLemmas(form, uk));
      for (const [at, found] of lemmas.entries()) expect(found, forms[at]).toEqual(lemmas[0]);
    }
    // A dictionary word keeps its own lemmas, never a stem.
    expect(ukrainianLemmas('бюджету', uk)).toEqual(['бюджет']);
  });

  it('links the plurals the dictionary lists apart from their singular (людина: люди, людей)', () => {
    expect(ukrainianLemmas('людей', uk)).toContain('людина');
    expect(ukrainianLemmas('дітьми', uk)).toContain('дитина');
    const lemmas = new UkrainianLemmas(uk);
    lemmas.addPage('Людина в центрі.');
    const token = lemmas.tokens().get('людина')!;
    expect(lemmas.table().get('людей')).toContain(token);
  });

  it('finds a word typed without its apostrophe or with a Latin look-alike letter', () => {
    const lemmas = new UkrainianLemmas(uk);
    lemmas.addPage("Зв'язок з реєстрацією.");
    const tokens = lemmas.tokens();
    const table = lemmas.table();
    expect(table.get('звязок')).toEqual(table.get("зв'язок"));
    expect(table.get('звязок')).toContain(tokens.get("зв'язок"));
    // реєстрацiя with a Latin i: the key is the Cyrillic word.
    expect(wordKey('Реєстрацiя')).toBe('реєстрація');
    expect(table.get(wordKey('реєстрацiя'))).toContain(tokens.get('реєстрація'));
    // Latin words stay Latin.
    expect(wordKey('Kyiv')).toBe('kyiv');
  });

  it('writes a table in which every form of a page lemma leads to its token, and the token to the forms the pages write', () => {
    const lemmas = new UkrainianLemmas(uk);
    lemmas.addPage('Підтримці громади.');
    lemmas.addPage('Громада будинку.');
    const tokens = lemmas.tokens();
    const table = lemmas.table();
    // The lemma of most pages gets the shortest token.
    expect(tokens.get('громада')).toBe(lemmaToken(0));
    expect(table.get('підтримка')).toEqual([tokens.get('підтримка')]);
    expect(table.get('громадами')).toEqual([tokens.get('громада')]);
    expect(table.get(tokens.get('громада')!)?.sort()).toEqual(['громада', 'громади']);
  });
});

describe('index tokens', () => {
  it('are never the beginning of another token, so Pagefind finds exactly one lemma', () => {
    const tokens = Array.from({ length: 20_000 }, (_, n) => lemmaToken(n));
    expect(new Set(tokens).size).toBe(tokens.length);
    const set = new Set(tokens);
    for (const token of tokens)
      for (let end = 1; end < token.length; end++) expect(set.has(token.slice(0, end))).toBe(false);
    expect(splitWords(tokens.slice(0, 50).join(' '))).toEqual(tokens.slice(0, 50));
  });

  it('put a key into the same shard in Node and the browser (FNV-1a over UTF-16)', () => {
    expect(shardOf(wordKey('Громади'))).toBe(shardOf('громади'));
    expect(shardOf('громади')).toBe(shardOf('громади')); // stable
    expect(new Set(['а', 'б', 'в', 'г', 'д', 'е'].map(shardOf)).size).toBeGreaterThan(1);
  });
});

describe('Dutch compound parts', () => {
  for (const [word, parts] of [
    ['huurwoningen', ['huur', 'woningen']],
    ['flexwoningen', ['flex', 'woningen']],
    ['opvanglocaties', ['opvang', 'locaties']],
    ['arbeidsmarkt', ['arbeid', 'markt']],
  ] as const) {
    it(`${word} → ${parts.join(' + ')}`, () =>
      expect(compoundParts(word, nl)).toEqual(expect.arrayContaining([...parts])));
  }
  it('never splits a word the dictionary knows into parts its lemma does not end in (planeten: planeet)', () => {
    expect(compoundParts('planeten', nl)).toEqual([]);
    expect(compoundParts('huurwoningen', nl)).toEqual(['huur', 'woningen']);
  });

  it('leaves words that are not compounds alone', () => {
    for (const word of ['gemeenten', 'bestuur', 'ambassade', 'ontheemden'])
      expect(compoundParts(word, nl), word).toEqual([]);
  });
  it('splits a compound of 60 letters and leaves a 10,000-letter "word" whole, in milliseconds', () => {
    const started = performance.now();
    expect(compoundParts('huurwoningen'.repeat(5), nl)).toEqual(expect.arrayContaining(['huur', 'woningen']));
    expect(compoundParts('huurwoningen'.repeat(833), nl)).toEqual([]);
    expect(compoundParts('woningen'.repeat(1249), nl)).toEqual([]);
    // Before the bound, each of the two long words took 25 to 40 s.
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('the indexed text of a page', () => {
  const html = `<html lang="uk"><body><nav>Меню</nav><article data-pagefind-body><h1>Заголовок</h1>
    <p>Текст &amp; <b>ще</b></p><section data-pagefind-ignore="all"><p>Див. також</p></section>
    <script>var x = "<p>код</p>";</script><img alt="x"><p>кінець</p></article><footer>Низ</footer></body></html>`;

  it('is what Pagefind indexes: the body without ignored parts, scripts, navigation or footer', () => {
    expect(indexedText(html)).toBe('Заголовок Текст & ще кінець');
    expect(indexedText('<html><body><p>no body</p></body></html>')).toBeUndefined();
  });

  it('goes to Pagefind as the indexed element alone, with the page language and title', () => {
    const page = `<!doctype html><html lang="uk"><head><title>Т</title><link rel="stylesheet" href="/a.css"></head><body><nav>Меню</nav><main><article class="x" data-pagefind-body><h1>Заголовок</h1><article>вкладений</article></article></main><footer>Низ</footer></body></html>`;
    expect(pagefindHtml(page)).toBe(
      '<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Т</title></head><body><article class="x" data-pagefind-body><h1>Заголовок</h1><article>вкладений</article></article></body></html>',
    );
    const other = '<html lang="nl"><body><div data-pagefind-body>x</div></body></html>';
    expect(pagefindHtml(other)).toBe(other);
  });

  it('gets metadata for the index only, inside the body, escaped', () => {
    const withMeta = withIndexMeta(html, { lemmas: 'ъ0 ъa1', parts: '' });
    expect(withMeta).toContain(
      '<article data-pagefind-body><div hidden data-pagefind-ignore data-pagefind-meta="lemmas:ъ0 ъa1"></div><h1>',
    );
    expect(withMeta).not.toContain('parts:');
    expect(withIndexMeta(html, { names: 'a"<b' })).toContain('data-pagefind-meta="names:a&quot;&lt;b"');
  });
});

describe('lemma tokens at the place of their word', () => {
  const page =
    '<html lang="uk"><body><article data-pagefind-body><p data-pagefind-meta="kind">Практика</p>' +
    '<h1>Бюджет громади</h1><p data-pagefind-meta="summary">Про бюджет &amp; плани.</p>' +
    '<p>Громада (бюджету) має <b>план</b>.</p><script>var бюджет = 1;</script></article></body></html>';
  const tokensOf = (word: string) =>
    ({ бюджет: ['ъ1'], бюджету: ['ъ1'], громади: ['ъ2'], громада: ['ъ2'], план: ['ъ3'] })[word.toLowerCase()];
  const { html, title, titleTokens } = withWordTokens(page, tokensOf);

  it('precede each word in its own element, so that a title word weighs as a title', () => {
    expect(html).toContain('<h1>ъ1 Бюджет ъ2 громади</h1>');
    expect(html).toContain('<p>ъ2 Громада (ъ1 бюджету) має <b>ъ3 план</b>.</p>');
    expect(titleTokens).toEqual(['ъ1', 'ъ2']);
  });

  it('keep the title, metadata taken from an element and scripts as written', () => {
    expect(title).toBe('Бюджет громади');
    expect(html).toContain('data-pagefind-meta="summary:Про бюджет &amp; плани."');
    expect(html).toContain('data-pagefind-meta="kind:Практика"');
    expect(html).toContain('<script>var бюджет = 1;</script>');
  });

  it('leave the excerpt: a token’s location becomes its word’s', () => {
    // Pagefind's content of the page above: the tokens are words of it.
    const content = 'Практика. ъ1 Бюджет ъ2 громади. (ъ1 бюджету) має ъ3 план.';
    const clean = withoutTokens(content, [1, 5]);
    expect(clean.content).toBe('Практика. Бюджет громади. (бюджету) має план.');
    expect(clean.locations).toEqual([1, 3]);
    expect(excerptAround(clean.content, clean.locations, 30)).toBe(
      'Практика. <mark>Бюджет</mark> громади. <mark>(бюджету)</mark> має план.',
    );
  });
});

describe('query planning on the search page', () => {
  const table: Record<string, string[]> = { року: ['ъ1'], рік: ['ъ1', 'ъ2'], громади: ['ъ0'] };
  const lookup = (key: string) => Promise.resolve(table[key]);

  it('turns Ukrainian words into their lemma tokens, one search per choice of lemma', async () => {
    expect(await planQuery('Громади року', 'uk', lookup)).toEqual({
      searches: ['ъ0 ъ1'],
      typed: [],
      tokens: ['ъ0', 'ъ1'],
    });
    expect((await planQuery('громади рік', 'uk', lookup)).searches).toEqual(['ъ0 ъ1', 'ъ0 ъ2']);
  });

  it('searches words the table lacks as typed, and every word of the Dutch and English indexes', async () => {
    expect(await planQuery('громади Charkiv', 'uk', lookup)).toEqual({
      searches: ['ъ0 charkiv'],
      typed: ['charkiv'],
      tokens: ['ъ0'],
    });
    expect(await planQuery('громади', 'nl', lookup)).toEqual({ searches: ['громади'], typed: ['громади'], tokens: [] });
    expect((await planQuery('  ', 'uk', lookup)).searches).toEqual([]);
  });

  it('rejects the pages Pagefind found only by shortening a typed word', () => {
    expect(matchesTyped('ріка', 'рікаxyz', false)).toBe(false);
    expect(matchesTyped('huurwoningen', 'huurwoning', true)).toBe(true);
    expect(matchesTyped('klacht', 'klachten', true)).toBe(true); // Pagefind's stem
    expect(matchesTyped('gemeente', 'gemeenten', true)).toBe(true);
    expect(matchesTyped('huur', 'huurwoningenxyz', true)).toBe(false);
    expect(matchesTyped('klachten', 'klachtqzx', true)).toBe(false);
    expect(matchesTyped('les', 'lessen', true)).toBe(true);
    expect(matchesTyped('complaint', 'complaints', true)).toBe(true);
    expect(matchesTyped('vrijheid', 'vrijheden', true)).toBe(true);
    const page = { content: 'Тут ріка тече.', locations: [1], meta: { names: 'Kharkiv Charkiv' } };
    expect(holdsTyped(['ріканема'], page, [], false)).toBe(false);
    expect(holdsTyped(['ріка'], page, [], false)).toBe(true);
    expect(holdsTyped(['charkiv'], { ...page, locations: [] }, ['names'], true)).toBe(true);
    // The index keeps one location per weight of a word on most pages: the form typed may be elsewhere.
    const common = { content: 'De gemeente en andere gemeenten.', locations: [1], meta: {} };
    expect(holdsTyped(['gemeenten'], common, [], true)).toBe(true);
    expect(holdsTyped(['gemeentenqzx'], common, [], true)).toBe(false);
  });

  it('highlights the given word positions in an excerpt of Pagefind’s escaped text', () => {
    expect(excerptAround('a b c &amp; d', [2], 3)).toBe('<mark>c</mark> &amp; d');
    expect(excerptAround(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '), [20], 8)).toBe(
      'w18 w19 <mark>w20</mark> w21 w22 w23 w24 w25',
    );
  });
});

describe('did you mean', () => {
  it('takes words one edit apart: a letter changed, added, left out, or two neighbours swapped', () => {
    for (const [a, b] of [
      ['скаргі', 'скарги'],
      ['реєстраця', 'реєстрація'],
      ['gemeenet', 'gemeente'],
      ['planing', 'planning'],
    ] as const)
      expect(oneEditApart(a, b), `${a} ${b}`).toBe(true);
    for (const [a, b] of [
      ['скарги', 'скарги'],
      ['плани', 'плата'],
      ['werk', 'werkelijk'],
    ] as const)
      expect(oneEditApart(a, b), `${a} ${b}`).toBe(false);
  });

  it('replaces each word the site lacks by its most common neighbour, and leaves known and stop words', async () => {
    const shards: Record<string, VocabularyShard> = {
      [vocabularyShard('скарги')]: [
        ['скарга', 3],
        ['скарги', 9],
      ],
      [vocabularyShard('подання')]: [['подання', 4]],
    };
    const shard = (_lang: string, name: string) => Promise.resolve(shards[name] ?? []);
    expect(await suggestQuery('подання скаргі', 'uk', shard)).toBe('подання скарги');
    expect(await suggestQuery('подання скарги', 'uk', shard)).toBeUndefined();
    expect(await suggestQuery('для кшщзфхв', 'uk', shard)).toBeUndefined();
  });

  it('finds a typo in the first two letters through the shard of the last three', async () => {
    const shards: Record<string, VocabularyShard> = {
      [vocabularyShard('скарги')]: [['скарги', 9]],
      [vocabularyEndShard('скарги')]: [
        ['скарги', 9],
        ['наги', 2],
      ],
    };
    const asked: string[] = [];
    const shard = (_lang: string, name: string) => {
      asked.push(name);
      return Promise.resolve(shards[name] ?? []);
    };
    for (const typo of ['зкарги', 'карги', 'ксарги', 'сскарги'])
      expect(await suggestQuery(typo, 'uk', shard), typo).toBe('скарги');
    // A word found in its first shard never asks the other.
    asked.length = 0;
    expect(await suggestQuery('скаргі', 'uk', shard)).toBe('скарги');
    expect(asked).toEqual([vocabularyShard('скаргі')]);
  });
});
