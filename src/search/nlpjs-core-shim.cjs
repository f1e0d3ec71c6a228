// Browser stand-in for @nlpjs/core, aliased in astro.config.mjs for client code only.
// The Ukrainian stemmer of @nlpjs/lang-uk needs nothing of the core but this base class;
// the real core brings a dependency container, loggers and tokenizers the search page never uses.
class BaseStemmer {
  setCurrent(value) {
    this.current = value;
  }

  getCurrent() {
    return this.current;
  }
}

module.exports = { BaseStemmer };
