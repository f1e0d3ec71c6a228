// Shared by the build and the search page: what a Ukrainian word the dictionary does not list is
// indexed and looked up under. Officials write loan words every day that no dictionary has yet
// (релокація, кешбек, коворкінг): their forms are joined by a stem, the word less its longest
// inflectional ending, so that «релокації» finds «релокацією». Only words outside the dictionary get
// a stem, at index time and at query time alike, so no two dictionary words are ever joined by it.

/**
 * Inflectional endings of nouns, adjectives, participles and verbs, the longest first, so that
 * -ія/-ії/-ією/-ій of релокація leave «релокац» in every form.
 */
const endings = [
  'ування',
  'ованого',
  'ованому',
  'ованими',
  'ований',
  'ована',
  'оване',
  'ованих',
  'ованої',
  'уванню',
  'уванням',
  'увати',
  'ували',
  'ують',
  'ував',
  'ями',
  'ами',
  'іям',
  'іями',
  'іях',
  'ією',
  'ого',
  'ому',
  'ими',
  'ові',
  'еві',
  'єві',
  'ої',
  'ою',
  'ею',
  'єю',
  'ам',
  'ям',
  'ах',
  'ях',
  'ів',
  'їв',
  'ей',
  'ом',
  'ем',
  'ія',
  'ії',
  'ію',
  'ій',
  'ий',
  'их',
  'им',
  'ім',
  'а',
  'я',
  'о',
  'е',
  'у',
  'ю',
  'і',
  'ї',
  'и',
  'ь',
  'й',
].sort((a, b) => b.length - a.length);

/** Stems shorter than this stay whole words: short words have too few letters to tell apart. */
const minStem = 4;

/**
 * The stem an out-of-dictionary Ukrainian word (a word key: lower case, one apostrophe) is indexed
 * and searched under: the word less its longest ending that leaves at least four letters.
 * @example ukrainianStem('релокацією') // => 'релокац'
 */
export function ukrainianStem(key: string): string {
  for (const ending of endings) {
    if (key.length - ending.length >= minStem && key.endsWith(ending)) return key.slice(0, -ending.length);
  }
  return key;
}

/** The word-table key of a stem: «~» cannot begin a word, so a stem never meets a written form. */
export const stemKey = (stem: string) => `~${stem}`;

/**
 * Plurals that the dictionary lists as words of their own, not as forms of their singular
 * (dict_uk's Hunspell lists «люди» and «людей» apart from «людина»): each form here is also a form
 * of the lemma it is listed under.
 */
export const suppletiveForms: Readonly<Record<string, readonly string[]>> = {
  людина: ['люди', 'людей', 'людям', 'людьми', 'людях'],
  дитина: ['діти', 'дітей', 'дітям', 'дітьми', 'дітях'],
};
