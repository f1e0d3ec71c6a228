// No Node imports: the share page checks frontmatter with these rules in the browser.

/**
 * Characters that no title, summary, name, data field or file name may hold: C0 controls (tab
 * excepted), DEL and C1 controls (\p{Cc}), the Unicode line and paragraph separators, and the
 * bidirectional controls, which show a name reversed or reordered (`factuur\u202Efdp.docx` reads
 * «factuurxcod.pdf»). Line feed and carriage return only where the text may have lines.
 */
const forbidden = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const lineBreaks = new Set(['\n', '\r', '\u2028', '\u2029']);
const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** `U+202E`: how a message names an invisible character. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * What is wrong with the first character of `text` that the content model refuses, for a message
 * (`U+0007 (a control character)`), or undefined.
 * `lines` allows line feeds and carriage returns, as in a body.
 */
export function forbiddenCharacter(text: string, { lines = false } = {}): string | undefined {
  const index = text.search(forbidden);
  if (index === -1) return undefined;
  for (const char of text.slice(index)) {
    if (char === '\t' || (lines && (char === '\n' || char === '\r')) || !forbidden.test(char)) continue;
    const kind = lineBreaks.has(char)
      ? 'a line break'
      : bidi.test(char)
        ? 'a bidirectional control character, which can show text in another order'
        : 'a control character';
    return `${codePointName(char)} (${kind})`;
  }
  return undefined;
}

/** The message for a field that holds such a character: `holds U+202E (…); remove it`. */
export function forbiddenCharacterMessage(text: unknown): string {
  const found = typeof text === 'string' ? forbiddenCharacter(text) : undefined;
  return `holds ${found ?? 'a control character'}; remove it`;
}
