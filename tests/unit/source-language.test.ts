import { describe, expect, it } from 'vitest';
import { sourceLanguage } from '../../src/lib/source-language.ts';

describe('the language of a source title', () => {
  it('is Dutch for the Dutch titles the example content cites, on Ukrainian and English pages', () => {
    for (const title of [
      'Rapport van de inceptiefase van de pilot (VNG International)',
      'Verzamelbrief opvang Oekraïne (Kamerbrief)',
      'Position paper inzake wederopbouw Oekraïne (VNG)',
      'VNG-peiling onder gemeenten over opvang Oekraïense ontheemden (mei–juni 2022)',
      'Collegevoorstel gemeente Aalsmeer: Aanmelding voor deelname pilot VNG International – wederopbouw Oekraïne',
    ]) {
      expect(sourceLanguage(title, 'uk'), title).toBe('nl');
      expect(sourceLanguage(title, 'en'), title).toBe('nl');
      expect(sourceLanguage(title, 'nl'), title).toBeUndefined();
    }
  });

  it('is English for an English title on a Dutch or Ukrainian page', () => {
    expect(sourceLanguage('Report of the Ukraine Recovery Conference', 'nl')).toBe('en');
    expect(sourceLanguage('Guidelines for the reception of displaced persons', 'uk')).toBe('en');
    expect(sourceLanguage('Report of the Ukraine Recovery Conference', 'en')).toBeUndefined();
  });

  it('is Ukrainian for a Cyrillic title on a Dutch or English page', () => {
    expect(sourceLanguage('Закон України про місцеве самоврядування', 'nl')).toBe('uk');
    expect(sourceLanguage('Закон України про місцеве самоврядування', 'uk')).toBeUndefined();
  });

  it('is unknown where the title does not tell: no mark rather than a wrong one', () => {
    expect(sourceLanguage('Ukraine Facility Plan 2024–2027', 'uk')).toBeUndefined();
    expect(sourceLanguage('Partnerschap Aalsmeer – Бровари', 'en')).toBeUndefined();
    expect(sourceLanguage('Plan van aanpak for the recovery', 'uk')).toBeUndefined();
    expect(sourceLanguage('2024', 'uk')).toBeUndefined();
  });
});
