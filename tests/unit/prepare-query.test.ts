import { describe, expect, it } from 'vitest';
import { prepareQuery, ukrainianPrefix } from '../../src/search/prepare-query.ts';

describe('Ukrainian query words', () => {
  it('become one prefix for the lemma and its inflected forms', () => {
    for (const forms of [
      ['громада', 'громади', 'громаді', 'громадою', 'громадами'],
      ['реєстрація', 'реєстрації', 'реєстраціями'],
      ['житло', 'житла', 'житлом'],
      ['мова', 'мови', 'мовою'],
    ]) {
      const prefixes = new Set(forms.map(ukrainianPrefix));
      expect(prefixes.size, forms.join(', ')).toBe(1);
      const [prefix] = prefixes;
      for (const form of forms) expect(form.startsWith(prefix!)).toBe(true);
    }
  });

  it('keep short words whole, so that a prefix never matches half the index', () => {
    expect(ukrainianPrefix('дім')).toBe('дім');
    expect(ukrainianPrefix('ЄС')).toBe('єс');
  });
});

describe('preparing a query', () => {
  it('rewrites Ukrainian words and keeps Latin words and numbers', () => {
    expect(prepareQuery('  Реєстрації переміщених  VNG 2026 ', 'uk')).toBe('реєстрац переміщен VNG 2026');
  });

  it('leaves Dutch and English to Pagefind’s own stemmers', () => {
    expect(prepareQuery(' woningen ', 'nl')).toBe('woningen');
    expect(prepareQuery('housing', 'en')).toBe('housing');
  });
});
