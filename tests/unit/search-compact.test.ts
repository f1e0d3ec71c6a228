import { describe, expect, it } from 'vitest';
import {
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
      [
        ['nl_e24c0', 429, ''],
        ['nl_e24c1', 515, ''],
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
