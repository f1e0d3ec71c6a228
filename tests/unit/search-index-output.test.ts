import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';

// The search index of a built site, without Astro: pages written by hand into a folder shaped like
// dist/, indexed the way the build's last step does it (src/integrations/search-index.ts).

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const words: Record<string, string[]> = {
  nl: ['gemeente', 'huisvesting', 'huurwoningen', 'werkgevers', 'taallessen', 'ontheemden'],
  uk: ['громада', 'громади', 'житло', 'житла', 'роботодавці', 'переселенці'],
  en: ['municipality', 'housing', 'employers', 'lessons', 'displaced', 'network'],
};

/** A dist/ folder with pages of very different sizes, so that reading them in parallel finishes in another order than it started. */
function site(extra: Record<string, string> = {}): string {
  const dist = mkdtempSync(join(tmpdir(), 'kb-index-'));
  roots.push(dist);
  const files: Record<string, string> = { ...extra };
  for (const lang of ['nl', 'uk', 'en']) {
    for (let page = 0; page < 40; page++) {
      const text = Array.from({ length: 1 + ((page * 37) % 40) * 60 }, (_, i) => words[lang]![(i + page) % 6]).join(
        ' ',
      );
      files[`${lang}/practices/p${page}/index.html`] =
        `<!doctype html><html lang="${lang}"><head><title>p${page}</title></head><body>` +
        `<main data-pagefind-body><h1>${words[lang]![page % 6]} ${page}</h1><p>${text}</p></main></body></html>`;
    }
  }
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
  return dist;
}

/** Every file of the bundle, decompressed where Pagefind gzipped it. */
function bundle(dist: string): Map<string, string> {
  const folder = join(dist, 'pagefind');
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => /\.\w+$/u.test(file));
  return new Map(
    files.sort().map((file) => {
      const bytes = readFileSync(join(folder, file));
      const text = /\.pf_\w+$/u.test(file) ? gunzipSync(bytes).toString('latin1') : bytes.toString('latin1');
      return [file, text];
    }),
  );
}

describe('the search index', () => {
  it('is the same, file for file and byte for byte, for the same pages', { timeout: 120_000 }, async () => {
    const [first, second, third] = [site(), site(), site()];
    await buildSearchIndex(first);
    await buildSearchIndex(second);
    await buildSearchIndex(third);
    const expected = bundle(first);
    expect(expected.size).toBeGreaterThan(20);
    for (const other of [bundle(second), bundle(third)]) {
      expect([...other.keys()]).toEqual([...expected.keys()]);
      expect([...other].filter(([file, text]) => expected.get(file) !== text).map(([file]) => file)).toEqual([]);
    }
  });

  it("holds the site's own pages only: no attachment, no newsletter email, whatever it says", async () => {
    const hostile =
      '<!doctype html><html lang="nl"><body data-pagefind-body><h1>Inloggen kennisbank</h1><p>phishing</p></body></html>';
    const dist = site({
      'files/practices/p1/evil.html': hostile,
      'files/practices/p1/index.html': hostile,
      'newsletters/2026-11/nl.html': hostile,
      'nl-evil/index.html': hostile,
    });
    const summary = await buildSearchIndex(dist);
    expect(summary.pages).toEqual({ nl: 40, uk: 40, en: 40 });
    const fragments = [...bundle(dist)].filter(([file]) => file.startsWith('fragment/')).map(([, text]) => text);
    expect(fragments).toHaveLength(120);
    expect(fragments.filter((text) => /phishing|evil|newsletters/u.test(text))).toEqual([]);
  });
});
