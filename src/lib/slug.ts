import CyrillicToTranslit from 'cyrillic-to-translit-js';

const ukrainian = CyrillicToTranslit({ preset: 'uk' });

/**
 * A slug from a title, in the content model's alphabet: Ukrainian transliterated by the national
 * system (via cyrillic-to-translit-js), accents dropped, lowercase, single hyphens, at most 80 characters.
 * @example slugFromTitle('Реєстрація в громаді') // => 'reiestratsiia-v-hromadi'
 * @example slugFromTitle('Flexwoningen in Aalsmeer') // => 'flexwoningen-in-aalsmeer'
 */
export function slugFromTitle(title: string): string {
  return ukrainian
    .transform(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
