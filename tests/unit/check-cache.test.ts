import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCheckCache, type TextKey } from '../../src/content-check/check-cache.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { fixtureCopy } from './helpers/run.ts';

// Counts Sätteri's parses of a body: a text the cache answers for is not parsed.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('satteri', async (original) => {
  const actual = await original<typeof import('satteri')>();
  return {
    ...actual,
    mdxToMdast: (...args: Parameters<typeof actual.mdxToMdast>) => {
      parses.count++;
      return actual.mdxToMdast(...args);
    },
  };
});
beforeEach(() => {
  parses.count = 0;
});

describe('the check remembers what did not change (npm run check, --no-cache to leave it out)', () => {
  const root = fixtureCopy('valid');
  const content = join(root, 'content');
  const cache = mkdtempSync(join(tmpdir(), 'kb-check-cache-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });
  const check = (today = '2026-12-01') =>
    checkContent({ root: content, production: true, today, cache, cwd: root }).then((result) => ({
      ...result,
      lines: result.problems.map(formatProblem),
    }));
  const text = join(content, 'practices/goede-praktijk/nl.mdx');

  it('reads no unchanged text again, and gives the same result', async () => {
    const first = await check();
    expect(first.lines).toEqual([]);
    const bodies = parses.count;
    expect(bodies).toBeGreaterThan(2);
    parses.count = 0;
    const written = statSync(join(cache, readdirSync(cache)[0]!)).mtimeMs;
    const second = await check();
    expect(parses.count).toBe(0);
    // Nothing new: the cache file is not written again.
    expect(statSync(join(cache, readdirSync(cache)[0]!)).mtimeMs).toBe(written);
    expect(second.lines).toEqual(first.lines);
    expect(second.entries).toEqual(first.entries);
    expect(second.files).toEqual(first.files);
  });

  it('checks a changed text again, and only that one', async () => {
    const original = readFileSync(text, 'utf8');
    try {
      writeFileSync(text, original.replace('\n---\n', '\nfoo: bar\n---\n'));
      const changed = await check();
      expect(parses.count).toBe(1);
      expect(changed.lines).toEqual([
        'content/practices/goede-praktijk/nl.mdx: foo: unknown field; expected one of title, summary, themes, municipalities, organisations, published, updated, status, tags, related, contact, sources, translation, builds_on, period, transfer',
      ]);
    } finally {
      writeFileSync(text, original);
    }
    parses.count = 0;
    expect((await check()).lines).toEqual([]);
    expect(parses.count).toBe(1);
  });

  it('checks the dates again on another day', async () => {
    const original = readFileSync(text, 'utf8');
    try {
      writeFileSync(
        text,
        original.replace(/^published: .*$/mu, 'published: 2026-12-24').replace(/^updated: .*\n/mu, ''),
      );
      expect((await check('2026-12-01')).lines).toEqual([
        'content/practices/goede-praktijk/nl.mdx: published: "2026-12-24" is in the future (today is 2026-12-01); expected a date up to today, or status: draft',
      ]);
      expect((await check('2026-12-24')).lines).toEqual([]);
    } finally {
      writeFileSync(text, original);
    }
  });

  it('keeps one cache file, and starts afresh from one it cannot read', async () => {
    await check();
    const files = readdirSync(cache);
    expect(files).toHaveLength(1);
    writeFileSync(join(cache, files[0]!), 'not a cache');
    parses.count = 0;
    expect((await check()).lines).toEqual([]);
    expect(parses.count).toBeGreaterThan(2);
  });
});

describe('the check cache of a check of some entries', () => {
  it('keeps the other entries, and of a file it checked again only the new result', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kb-check-cache-'));
    try {
      const text = (path: string, modified: number): TextKey => ({
        path,
        file: path,
        bytes: 10,
        modified,
        collection: 'practices',
        attachments: new Set(),
        today: '2026-12-01',
      });
      const result = (message: string) => ({
        problems: [{ file: 'x', message }],
        data: {},
        valid: false,
        linkedFiles: [],
      });
      const first = openCheckCache(folder);
      first.keepText(text('/a/nl.mdx', 1), result('a, first'));
      first.keepText(text('/b/nl.mdx', 1), result('b'));
      first.save(true);
      const second = openCheckCache(folder);
      second.keepText(text('/a/nl.mdx', 2), result('a, second'));
      second.save(false);
      const third = openCheckCache(folder);
      expect(third.text(text('/a/nl.mdx', 1))).toBeUndefined();
      expect(third.text(text('/a/nl.mdx', 2))?.problems[0]?.message).toBe('a, second');
      expect(third.text(text('/b/nl.mdx', 1))?.problems[0]?.message).toBe('b');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
