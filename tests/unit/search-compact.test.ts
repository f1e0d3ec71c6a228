import { describe, expect, it } from 'vitest';
import {
  capCommonWords,
  titleFieldIds,
  compactMeta,
  decodeCbor,
  decodePagefindFile,
  encodeCbor,
  encodePagefindFile,
  type Cbor,
} from '../../src/search/compact-bundle.ts';

describe('CBOR as Pagefind writes it', () => {
  it('encodes with the shortest heads and decodes back', () => {
    const value: Cbor = [
      '1.6.0',
      [
        ['nl_689db39', 429, ''],
        ['nl_5075457', 70_000, 'Київ'],
      ],
      [0, 23, 24, 255, 256, 65_535, 65_536, 4_294_967_295, -1, -25, -169, -70_000],
      { date: '2026-11-29', flag: true, none: null, off: false },
      new Uint8Array([1, 2, 3]),
    ];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes)).toEqual(value);
    // Shortest heads: 23 in the head byte, 24 in one more byte, -25 as major type 1 with 24.
    expect([...encodeCbor(23)]).toEqual([23]);
    expect([...encodeCbor(24)]).toEqual([24, 24]);
    expect([...encodeCbor(-25)]).toEqual([0x38, 24]);
    expect([...encodeCbor('ї')]).toEqual([0x62, 0xd1, 0x97]);
  });

  it('refuses what Pagefind never writes, and a file without its signature', () => {
    expect(() => decodeCbor(Uint8Array.from([0x9f, 0xff]))).toThrow(/indefinite/);
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/left over/);
    // Truncated, or a length far beyond the bytes there are: fails at once instead of reading zeros.
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow('CBOR: truncated');
    expect(() => decodeCbor(Uint8Array.from([0x19, 0x01]))).toThrow('CBOR: truncated');
    expect(() => decodeCbor(Uint8Array.from([0x9a, 0xff, 0xff, 0xff, 0xff]))).toThrow('CBOR: truncated');
    expect(() => decodePagefindFile(new TextEncoder().encode('not pagefind'))).toThrow(/not a Pagefind file/);
    expect(decodePagefindFile(encodePagefindFile(['a', 1]))).toEqual(['a', 1]);
  });
});

describe('compactMeta', () => {
  const meta: Cbor = [
    '1.6.0',
    [
      ['nl_689db39', 429, ''],
      ['nl_5075457', 515, ''],
    ],
    [
      ['0', 'b', 'nl_ef43cd2'],
      ['ba', 'z', 'nl_ff261cc'],
    ],
    [['kind', 'nl_768f1b1']],
    [],
  ];

  it('renames pages and chunks in order under the index hash, and keeps everything else', () => {
    const { meta: compact, renames } = compactMeta(meta, 'nl', 'nl_e24c998f43');
    expect(compact).toEqual([
      '1.6.0',
      // Lengths rounded to 8 words.
      [
        ['nl_e24c0', 432, ''],
        ['nl_e24c1', 512, ''],
      ],
      [
        ['0', 'b', 'nl_e24c0'],
        ['ba', 'z', 'nl_e24c1'],
      ],
      [['kind', 'nl_768f1b1']],
      [],
    ]);
    expect(renames).toEqual([
      { folder: 'fragment', from: 'nl_689db39', to: 'nl_e24c0' },
      { folder: 'fragment', from: 'nl_5075457', to: 'nl_e24c1' },
      { folder: 'index', from: 'nl_ef43cd2', to: 'nl_e24c0' },
      { folder: 'index', from: 'nl_ff261cc', to: 'nl_e24c1' },
    ]);
    // The input is left as it was.
    expect((meta as Cbor[][])[1]![0]).toEqual(['nl_689db39', 429, '']);
  });

  it('names the 37th page in base 36', () => {
    const many: Cbor = ['1.6.0', Array.from({ length: 40 }, (_, n) => [`uk_${n}`, n, '']), []];
    const { meta: compact } = compactMeta(many, 'uk', 'uk_a7dc28d3dc');
    expect(((compact as Cbor[])[1] as Cbor[][])[36]![0]).toBe('uk_a7dc10');
  });

  it('stops on a layout it does not know', () => {
    expect(() => compactMeta(['1.6.0', 'pages'], 'en', 'en_9cf5ded3b4')).toThrow(/unexpected layout/);
    expect(() => compactMeta(['1.6.0', [[1, 2]], []], 'en', 'en_9cf5ded3b4')).toThrow(/unexpected record/);
  });
});

describe('capCommonWords', () => {
  // [word, pages: [page (delta), positions, metadata positions][], variants, …]
  const common: Cbor = [
    'meen',
    [
      [0, [-13, 44, -25, 60, 16, 25, -169, 7], [-7, 48, 3, -10, 9]],
      [1, [-25, 13, 87], []],
      [1, [5, 6], [-8, 3, 4]],
      // Only in a metadata field (compound parts, names).
      [1, [], [-8, 3, 4]],
    ],
    [['gemeenten', [[2, [-25, 4, 9], [-8, 1, 2]]]]],
  ];
  const rare: Cbor = ['huur', [[0, [-25, 3, 4, 5], [-7, 1, 2]]], []];

  it('keeps the first position of each weight of a word on most pages, and of each field where the text lacks it', () => {
    expect(capCommonWords([[common, rare]], 8)).toEqual([
      [
        [
          'meen',
          [
            [0, [-13, 44, -25, 60, -169, 7], []],
            [1, [-25, 13], []],
            [1, [5], []],
            [1, [], [-8, 3]],
          ],
          [['gemeenten', [[2, [-25, 4], []]]]],
        ],
        rare,
      ],
    ]);
  });

  it('keeps the first position of a title field (field 6 here: -7) where the text has the word too', () => {
    const chunk = capCommonWords([[common, rare]], 8, new Set([6])) as Cbor[][];
    const pages = (chunk[0]![0] as Cbor[])[1] as Cbor[][];
    // Page 0 has the word in its text and in fields 6 and 9: field 6, a title's, keeps its first position.
    expect(pages[0]![2]).toEqual([-7, 48]);
    expect(pages[2]![2]).toEqual([]);
  });

  it('finds the ids of the title fields in the metadata', () => {
    const meta: Cbor = ['1.6.0', [], [], [], [], ['date', 'kind', 'title', 'tl']];
    expect([...titleFieldIds(meta, ['title', 'tl'])]).toEqual([2, 3]);
  });

  it('leaves a chunk without such words as it is', () => {
    // Five pages of ten: not more than half.
    expect(capCommonWords([[common, rare]], 10)).toBeUndefined();
    expect(() => capCommonWords(['words'], 8)).toThrow(/unexpected layout/);
  });
});
