/**
 * Characters that make a spreadsheet read a cell as a formula (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`,
 * `@SUM(…)`), or that hide one behind them (a tab, a carriage return).
 */
const formulaStart = new Set([...'=+-@\t\r'].map((char) => char.charCodeAt(0)));
/**
 * A plain number (`-12`, `+3.5`, `-1.234,56`, `-5%`, `1e-3`) or a lone dash for "none": a
 * spreadsheet reads these as a value, never as a formula, so they may stay.
 */
const plainValue = /^[-+]?(?:\d[\d.,]*(?:[eE][-+]?\d+)?%?)?$/;
/** Longer than any plain number a contributor writes: a longer piece is judged a formula. */
const longestNumber = 40;
const separators = [',', ';', '\t'];
const shown: Record<string, string> = { '\t': 'a tab', '\r': 'a carriage return' };
const quote = 0x22;
const newline = 10;
const carriageReturn = 13;
/** `,`, `;` or a tab: one of them is the file's separator, the others may be a reader's. */
const isSeparator = (code: number) => code === 44 || code === 59 || code === 9;

/**
 * The problem of a CSV file whose cells a spreadsheet would run as formulas, in one line naming
 * the first such cell and the number of them, or undefined. Fields are read as RFC 4180 says
 * (quotes, doubled quotes, line breaks in quotes) and split on the file's separator; the text
 * after another separator (`,` `;` tab) inside a field is judged too, as Excel splits a file by
 * the separator of the reader's locale. One pass over the text, without copying it.
 */
export function csvProblem(text: string): string | undefined {
  const separator = guessSeparator(text).charCodeAt(0);
  let first: { row: number; column: number; char: string; after?: string } | undefined;
  let count = 0;
  let row = 1;
  let column = 1;
  let reported = false;
  /** Judges the piece of a cell that starts at `start` (after the cell's start or a separator). */
  const judge = (start: number, after?: number) => {
    const code = text.charCodeAt(start);
    if (reported || !formulaStart.has(code)) return;
    if (code === carriageReturn && text.charCodeAt(start + 1) === newline) return; // an empty cell
    let stop = start + 1;
    while (stop < text.length && stop - start <= longestNumber) {
      const next = text.charCodeAt(stop);
      if (isSeparator(next) || next === newline || next === quote) break;
      stop++;
    }
    if (stop - start <= longestNumber && plainValue.test(text.slice(start, stop).trim())) return;
    reported = true;
    count++;
    first ??= { row, column, char: text[start]!, ...(after === undefined ? {} : { after: text[after]! }) };
  };
  let position = text.startsWith('\uFEFF') ? 1 : 0;
  while (position < text.length) {
    reported = false;
    let end = position;
    if (text.charCodeAt(position) === quote) {
      // A quoted field, up to the quote that is not doubled; text after it belongs to the field.
      if (text.charCodeAt(position + 1) !== quote) judge(position + 1);
      for (end = position + 1; end < text.length; end++) {
        const code = text.charCodeAt(end);
        if (code === quote) {
          if (text.charCodeAt(end + 1) !== quote) break;
          end++;
        } else if (isSeparator(code)) judge(end + 1, end);
      }
      end++;
    } else judge(position);
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end);
      if (code === separator || code === newline) break;
      if (isSeparator(code)) judge(end + 1, end);
    }
    position = end + 1;
    if (text.charCodeAt(end) === newline) {
      row++;
      column = 1;
    } else column++;
  }
  if (!first) return undefined;
  const more = count > 1 ? ` (${count - 1} more cell${count > 2 ? 's do' : ' does'} too)` : '';
  const start = shown[first.char] ?? `"${first.char}"`;
  const where = `the cell in row ${first.row}, column ${columnName(first.column)}`;
  const what = first.after
    ? `${where} has a part after ${shown[first.after] ?? `"${first.after}"`} that starts with ${start}`
    : `${where} starts with ${start}`;
  const why =
    first.char === '\t' || first.char === '\r' ? 'which can hide a formula' : 'which a spreadsheet runs as a formula';
  return `${what}, ${why}${more}; remove the formula, or put an apostrophe (') before it`;
}

/** The separator the first line uses most: `,`, `;` (Dutch Excel) or a tab. */
function guessSeparator(text: string): string {
  const end = text.indexOf('\n');
  const line = text.slice(0, Math.min(end === -1 ? text.length : end, 10_000)).replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const separator of separators) {
    const count = line.split(separator).length - 1;
    if (count > most) [best, most] = [separator, count];
  }
  return best;
}

/** 1 → A, 27 → AA: as a spreadsheet names columns. */
function columnName(column: number): string {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}
