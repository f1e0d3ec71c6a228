import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { dictionaries, loadDictionary, useTranslations, type UiKey } from '../../src/i18n/translations.ts';
import type { Card } from '../../src/lib/cards.ts';
import { entryPath, pickVersion, type Entry, type EntryGroup } from '../../src/lib/entry-groups.ts';
import { buildFacets } from '../../src/lib/facets.ts';
import { formatDate } from '../../src/lib/format.ts';

const entry = (id: string, translated: boolean) =>
  ({ id, data: translated ? { translation: { from: 'nl', reviewed: false } } : {} }) as unknown as Entry;

describe('choosing the version of an entry to show', () => {
  const group: EntryGroup = {
    collection: 'practices',
    slug: 'x',
    key: 'practices/x',
    versions: { en: entry('x/en', true), nl: entry('x/nl', false) },
  };

  it('shows the reader’s language when the entry has it', () => {
    expect(pickVersion(group, 'en').id).toBe('x/en');
  });

  it('falls back to the original, not to another translation', () => {
    expect(pickVersion(group, 'uk').id).toBe('x/nl');
  });

  it('gives every entry an address in every language', () => {
    expect(entryPath('uk', group)).toBe('/uk/practices/x/');
  });
});

describe('UI strings', () => {
  it('uses the Ukrainian plural forms one, few and many', () => {
    const t = useTranslations('uk');
    expect([1, 3, 5, 21, 22, 11].map((count) => t.plural('entries.count', count))).toEqual([
      '1 матеріал',
      '3 матеріали',
      '5 матеріалів',
      '21 матеріал',
      '22 матеріали',
      '11 матеріалів',
    ]);
  });

  it('calls a question to the network «запитання» in Ukrainian, the glossary’s term, never «питання»', () => {
    const glossary = /^\| question to the network \| [^|]+ \| ([^|]+) \|$/m.exec(
      readFileSync('CONTRIBUTING.md', 'utf8'),
    );
    expect(glossary?.[1]?.trim()).toBe(dictionaries.uk['kinds.questions'].toLowerCase());
    const aboutQuestions = (Object.keys(en) as UiKey[]).filter((key) => /question/i.test(en[key]));
    expect(aboutQuestions.filter((key) => /(?<!\p{L})питан/iu.test(dictionaries.uk[key]))).toEqual([]);
  });

  it('fills in placeholders', () => {
    expect(useTranslations('nl')('filter.results', { count: 4 })).toBe('4 getoond');
  });

  it('refuses a dictionary with a missing key, naming the file and the key', () => {
    const { ['filter.reset']: _, ...incomplete } = en;
    expect(() => loadDictionary('uk', incomplete)).toThrow(
      'UI dictionary incomplete:\nsrc/i18n/uk.json: filter.reset: missing or empty; expected a translation of "Clear filters"',
    );
  });

  it('writes dates in the reader’s locale', () => {
    expect(formatDate('2026-06-15', 'uk')).toBe('15 червня 2026 р.');
    expect(formatDate('2026-06-15', 'nl')).toBe('15 juni 2026');
    expect(formatDate('2026-06-15', 'en')).toBe('15 June 2026');
  });
});

describe('listing filters', () => {
  const card = (key: string, theme: string, effort?: Card['effort'], applied = false, state?: Card['state']): Card => ({
    key,
    url: `/nl/${key}/`,
    collection: 'practices',
    title: key,
    summary: '',
    textLang: 'nl',
    date: '2026-01-01',
    themes: [{ id: theme, name: theme }],
    municipalities: [],
    effort,
    applied,
    state,
  });

  it('offers only filters with at least two choices, and one CSS rule per choice', () => {
    const { facets, css } = buildFacets(
      [card('a', 'housing', 'low'), card('b', 'economy', 'low')],
      ['theme', 'kind', 'effort', 'country'],
      'nl',
    );
    expect(facets.map((facet) => facet.name)).toEqual(['theme']);
    expect(css.split('\n').filter((rule) => rule.endsWith('{display:none}'))).toEqual([
      '.kb-listing:has([name="theme"][value="housing"]:checked) .kb-card:not([data-theme~="housing"]){display:none}',
      '.kb-listing:has([name="theme"][value="economy"]:checked) .kb-card:not([data-theme~="economy"]){display:none}',
    ]);
  });

  it('offers "applied elsewhere" as one choice once some entries were applied elsewhere and some not', () => {
    const { facets, css } = buildFacets(
      [card('a', 'housing', 'low', true), card('b', 'housing', 'low')],
      ['applied'],
      'nl',
    );
    expect(facets).toEqual([{ name: 'applied', options: [{ value: 'yes', label: 'Alleen wat elders is toegepast' }] }]);
    expect(css.split('\n')[0]).toBe(
      '.kb-listing:has([name="applied"][value="yes"]:checked) .kb-card:not([data-applied~="yes"]){display:none}',
    );
    expect(buildFacets([card('a', 'housing', 'low', true)], ['applied'], 'nl').facets).toEqual([]);
  });

  it('without JavaScript, shows the empty state when every distinct card is hidden, and counts what is shown', () => {
    const { css } = buildFacets(
      [card('a', 'housing', 'low'), card('b', 'economy', 'low'), card('c', 'economy', 'low')],
      ['theme', 'effort'],
      'uk',
    );
    const [empty, count, text] = css.split('\n').filter((rule) => !rule.endsWith('{display:none}'));
    // b and c are alike: one clause each for the housing card and the economy cards.
    expect(empty).toBe(
      '.kb-listing:has([name="theme"]:checked:not([value=""],[value="housing"])):has([name="theme"]:checked:not([value=""],[value="economy"])) .kb-listing__none{display:block}',
    );
    expect(count).toContain('.kb-listing__shown{display:block}');
    expect(text).toBe('.kb-listing__shown::before{content:"Показано: " counter(kb-shown) ""}');
    // A listing without filters has no such rules.
    expect(buildFacets([card('a', 'housing', 'low')], ['theme'], 'nl').css).toBe('');
  });

  it('filters questions by their state', () => {
    const { facets } = buildFacets(
      [card('q1', 'housing', undefined, false, 'open'), card('q2', 'housing', undefined, false, 'answered')],
      ['state'],
      'uk',
    );
    expect(facets).toEqual([
      {
        name: 'state',
        options: [
          { value: 'open', label: 'Відкрите' },
          { value: 'answered', label: 'Є відповідь' },
        ],
      },
    ]);
  });
});
