declare module '@nlpjs/lang-uk/src/stemmer-uk.js' {
  /** The Ukrainian stemmer of NLP.js: set a word, stem it, read the stem. */
  export default class StemmerUk {
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
}
