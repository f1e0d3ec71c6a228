import { describe, expect, it } from 'vitest';
import { sourceLanguage } from '../../src/lib/source-language.ts';

const report = 'Rapport van de inceptiefase van de pilot';
const letter = 'Лист Асоціації міст України';

describe('the language of a source title', () => {
  it('is Dutch on a Ukrainian page where the Dutch original cites it alike', () => {
    expect(sourceLanguage(report, { lang: 'uk', from: 'nl' }, [{ lang: 'nl', titles: [report] }])).toBe('nl');
  });

  it('is Dutch on an English translation of a Dutch text that keeps the title', () => {
    expect(sourceLanguage(report, { lang: 'en', from: 'nl' }, [{ lang: 'nl', titles: [report] }])).toBe('nl');
  });

  it("is the page's own where the original translated it", () => {
    expect(
      sourceLanguage('Report of the inception phase', { lang: 'en', from: 'nl' }, [{ lang: 'nl', titles: [report] }]),
    ).toBeUndefined();
  });

  it("is the page's own on the original, even where a translation cites it alike", () => {
    expect(sourceLanguage(report, { lang: 'nl' }, [{ lang: 'uk', titles: [report] }])).toBeUndefined();
  });

  it('is not Ukrainian for Latin letters that a Ukrainian original cites (a Dutch report it names)', () => {
    expect(sourceLanguage(report, { lang: 'nl', from: 'uk' }, [{ lang: 'uk', titles: [report] }])).toBeUndefined();
  });

  it('is Ukrainian for Cyrillic on a Dutch or English page, cited alike or not', () => {
    expect(sourceLanguage(letter, { lang: 'nl', from: 'uk' }, [{ lang: 'uk', titles: [letter] }])).toBe('uk');
    expect(sourceLanguage(letter, { lang: 'en' }, [])).toBe('uk');
  });

  it('is unknown for Latin letters on a Ukrainian page that no other text cites', () => {
    expect(sourceLanguage(report, { lang: 'uk' }, [{ lang: 'en', titles: ['Other'] }])).toBeUndefined();
  });
});
