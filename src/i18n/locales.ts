/** The languages of the knowledge base, in the order the site offers them. */
export const locales = {
  nl: { label: 'Nederlands', english: 'Dutch' },
  uk: { label: 'Українська', english: 'Ukrainian' },
  en: { label: 'English', english: 'English' },
} as const satisfies Record<string, { label: string; english: string }>;

export type Lang = keyof typeof locales;

export const langs = Object.keys(locales) as Lang[];

export const defaultLang: Lang = 'nl';

export function isLang(value: string): value is Lang {
  return Object.hasOwn(locales, value);
}
