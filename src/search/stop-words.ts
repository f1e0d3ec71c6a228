// Shared by the search page and its tests: the short words a query can do without. A page must hold
// every word searched, so «житло для переселенців» would miss a page that says «житло переселенцям»
// without «для». They are left out of a query that has other words; a query of only these finds nothing.

const lists: Record<string, string> = {
  uk: 'а але би в від во для до же з за и із й к на над не ні о об по при про під с та то у це чи що як і її їх його вона він воно вони ми ви я',
  nl: 'aan al als bij de den der des door een en het hoe in is maar met na naar of om op over te ten ter tot uit van voor wat wie zo',
  en: 'a an and are as at be by for from how in into is it of on or that the to was what with',
};

const stopWords: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(lists).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

/** Whether a word key (lower case) is a stop word of the language. */
export const isStopWord = (lang: string, key: string) => stopWords[lang]?.has(key) ?? false;
