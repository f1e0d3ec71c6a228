// Build time only (Node): a Hunspell dictionary read as a morphological dictionary. Hunspell's .dic
// lists each lemma once with the flags of its suffix classes; the .aff file says, for each flag, how
// a lemma ending turns into the ending of each form (strip, add, condition). Reading the rules
// forwards gives a lemma's paradigm, reading them backwards gives the lemmas of a form. Only what
// the Ukrainian (dict_uk) and Dutch (OpenTaal) dictionaries use is implemented: one- or two-character
// flags (FLAG long), suffix rules without continuation classes; prefix and compound rules are ignored.

interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

export interface Hunspell {
  /** Every dictionary lemma (lower case) that the word is a form of; the word itself if it is a lemma. */
  lemmas(word: string): string[];
  /** Every form of a lemma (lower case), the lemma included. */
  forms(lemma: string): string[];
  /** Whether the lower-case word is a lemma of the dictionary. */
  has(word: string): boolean;
}

/** Apostrophes and stress marks as the dictionary writes them (ICONV), lower case. */
export function normaliseWord(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  // Most words have neither; testing first saves two replacements on each of 500,000 dictionary lines.
  return marks.test(lower) ? lower.replace(/[ʼ’`]/gu, "'").replace(/\u0301/gu, '') : lower;
}

const marks = /[ʼ’`]|\u0301/u;

export function readHunspell(aff: string, dic: string): Hunspell {
  const byAdd = new Map<string, SuffixRule[]>();
  const byFlag = new Map<string, SuffixRule[]>();
  let maxAdd = 0;
  const long = /^FLAG\s+long\b/mu.test(aff);
  const split = (flags: string) => (long ? (flags.match(/../gsu) ?? []) : [...flags]);
  for (const line of aff.split('\n')) {
    if (!line.startsWith('SFX ')) continue;
    const [, flag, strip, add, condition = '.'] = line.trim().split(/\s+/u);
    if (!flag || strip === undefined || add === undefined || /^[YN]$/u.test(strip)) continue; // header line
    const rule: SuffixRule = {
      flag,
      strip: strip === '0' ? '' : strip,
      add: (add === '0' ? '' : add.split('/')[0]!).toLowerCase(),
      condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
    };
    for (const [map, key] of [
      [byAdd, rule.add],
      [byFlag, flag],
    ] as const) {
      const rules = map.get(key);
      if (rules) rules.push(rule);
      else map.set(key, [rule]);
    }
    maxAdd = Math.max(maxAdd, rule.add.length);
  }
  // Lower-case lemma → the flag sets of its dictionary lines (homonyms and proper nouns merge).
  const lemmaFlags = new Map<string, string[][]>();
  // Thousands of lines share each flag string: split each once.
  const splitFlags = new Map<string, string[]>();
  const flagsOf = (raw: string) => {
    let flags = splitFlags.get(raw);
    if (!flags) splitFlags.set(raw, (flags = split(raw)));
    return flags;
  };
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = normaliseWord(slash < 0 ? line : line.slice(0, slash));
    const rest = slash < 0 ? '' : line.slice(slash + 1);
    const space = rest.search(/\s/u);
    const flags = flagsOf(space < 0 ? rest : rest.slice(0, space));
    const known = lemmaFlags.get(word);
    if (known) known.push(flags);
    else lemmaFlags.set(word, [flags]);
  }

  function lemmas(word: string): string[] {
    const form = normaliseWord(word);
    const found = new Set<string>();
    if (lemmaFlags.has(form)) found.add(form);
    for (let length = Math.min(maxAdd, form.length - 1); length >= 0; length--) {
      const rules = byAdd.get(form.slice(form.length - length));
      if (!rules) continue;
      const base = form.slice(0, form.length - length);
      for (const rule of rules) {
        const lemma = base + rule.strip;
        const flagSets = lemmaFlags.get(lemma);
        if (!flagSets || !rule.condition.test(lemma)) continue;
        if (flagSets.some((flags) => flags.includes(rule.flag))) found.add(lemma);
      }
    }
    return [...found];
  }

  function forms(lemma: string): string[] {
    const base = normaliseWord(lemma);
    const result = new Set<string>([base]);
    for (const flags of lemmaFlags.get(base) ?? []) {
      for (const flag of flags) {
        for (const rule of byFlag.get(flag) ?? []) {
          if (!base.endsWith(rule.strip) || !rule.condition.test(base)) continue;
          result.add(base.slice(0, base.length - rule.strip.length) + rule.add);
        }
      }
    }
    return [...result];
  }

  return { lemmas, forms, has: (word) => lemmaFlags.has(normaliseWord(word)) };
}
