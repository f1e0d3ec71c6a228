// One reading (issue 20, item 8): each body is parsed once; the check reads that parse's mdast tree
// and the page renders the hast tree converted from it; the content loader takes the check's result.
import { readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import * as satteri from 'satteri';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { keepCheckedTexts } from '../../src/content-check/checked-texts.ts';
import { bodyHtml } from '../../src/content-check/dev-bodies.ts';
import { contentLoader } from '../../src/content-check/content-loader.ts';
import { parseMdxSource } from '../../src/content-check/frontmatter.ts';
import { textSchema } from '../../src/content-check/text-schema.ts';
import { dictionaries } from '../../src/i18n/translations.ts';
import { parseEntryBody } from '../../src/mdx/parse-entry-body.ts';
import { readBodyTrees } from '../../src/mdx/read-body-once.ts';
import { checkAndRenderBody, renderEntryBody, type BodyPlace } from '../../src/mdx/render-entry-body.ts';
import { schemas } from '../../src/schemas/index.ts';
import { fixtureCopy } from './helpers/run.ts';

// Counts Sätteri's parses: every reading of a body goes through one of these.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('satteri', async (original) => {
  const actual = await original<typeof import('satteri')>();
  const counted =
    <A extends unknown[], R>(parse: (...args: A) => R) =>
    (...args: A): R => {
      parses.count++;
      return parse(...args);
    };
  return {
    ...actual,
    createMdxMdastHandle: counted(actual.createMdxMdastHandle),
    mdxToMdast: counted(actual.mdxToMdast),
    mdxToHast: counted(actual.mdxToHast),
  };
});
beforeEach(() => {
  parses.count = 0;
});

const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(dir, name));

/** Inputs where two readers of MDX are most likely to part: the fixtures' bodies and hand-made ones. */
const tricky = [
  '<!-- a comment --> and text\n\n<!-- a block comment -->\n',
  '| a | b |\n| :- | -: |\n| `x \\| y` | [l](https://example.org) |\n',
  'Autolinks: https://example.org/a?b=1, www.example.org, cop@example.org and <https://example.org/x>.\n',
  'Braces \\{ and \\} and \\< written as text.\n',
  'Expression {1 + 1} in text\n',
  '<Callout type="tip">\n\n**Bold** inside\n\n</Callout>\n',
  '<Lang code="en">Plan</Lang> in a sentence.\n',
  'A note[^1].\n\n[^1]: The note, with a [link](https://example.org/).\n',
  '- [ ] open\n- [x] done\n',
  '---\ntitle: looks like frontmatter\n---\n\nbody\n',
  '***\n\n---\n\nSetext heading\n===\n',
  '![alt <b>bold</b>](foto.jpg)\n',
  'import x from "y"\n\nText\n',
  '<script>alert(1)</script>\n',
  '[x](javascript:alert(1)) and [y]: https://example.org\n\n[y]\n',
  '    indented code {not an expression}\n',
  '~~struck~~ and ~single~\n',
  '',
];

const bodies = [
  ...['tests/fixtures/valid', 'tests/fixtures/hostile', 'tests/fixtures/site', 'tests/fixtures/broken']
    .flatMap(mdxFiles)
    .map((file) => ({ name: file, body: parseMdxSource(readFileSync(file, 'utf8')).body })),
  ...tricky.map((body, index) => ({ name: `tricky ${index}`, body })),
];

describe('one reading of a body', () => {
  it.each(bodies)('the check reads and the page renders the same parse: $name', ({ body }) => {
    for (const lang of ['nl', 'uk', 'en'] as const) {
      let independent: { tree: unknown; page: unknown } | undefined;
      try {
        const words = dictionaries[lang];
        independent = {
          tree: parseEntryBody(body),
          page: satteri.mdxToHast(body, {
            features: {
              gfm: { footnotes: { label: words['footnotes.label'], backLabel: () => words['footnotes.back'] } },
              frontmatter: false,
              smartPunctuation: false,
            },
          }),
        };
      } catch {
        // A body the parser refuses is refused by both readings.
        expect(() => readBodyTrees(body, lang)).toThrow();
        continue;
      }
      // The tree the check reads is the check's own parse of the body, and the page's tree is
      // what Sätteri makes of the source directly: the one reading changes neither.
      const once = readBodyTrees(body, lang);
      expect(once.tree).toEqual(independent.tree);
      expect(once.page).toEqual(independent.page);
    }
  });

  it('renders a body from the parse the check read: one parse, not three', () => {
    const place: BodyPlace = { collection: 'practices', slug: 'x', lang: 'nl', file: 'x/nl.mdx' };
    const rendered = renderEntryBody('## Kop\n\nTekst met een voetnoot[^1].\n\n[^1]: Bron.\n', place);
    expect(rendered.html).toContain('<h2 id="kop">Kop</h2>');
    expect(parses.count).toBe(1);
  });

  it('renders nothing of a body the check refuses, and names the line', () => {
    const place: BodyPlace = { collection: 'practices', slug: 'x', lang: 'nl', file: 'x/nl.mdx', firstLine: 7 };
    const checked = checkAndRenderBody('Tekst\n\n[klik](javascript:alert(1))\n', place, {});
    expect(checked.rendered).toBeUndefined();
    expect(checked.violations).toEqual([
      {
        line: 3,
        column: 1,
        message: 'link "javascript:alert(1)" is not allowed; expected https://, http://, mailto: or a relative link',
      },
    ]);
  });
});

/** The collection's schema as content.config.ts gives it, with `image()` keeping the path as text. */
const practices = textSchema(schemas.practices as z.ZodType<Record<string, unknown>>)({
  image: () => z.string() as never,
});

/** A content layer context as Astro gives the loader, with the dev server's watcher when `dev`. */
function loaderContext(content: string, stored: Map<string, Record<string, unknown>>, { dev = false } = {}) {
  const log = { writes: [] as string[], errors: [] as string[], info: [] as string[] };
  const handlers: ((event: string, path: string) => void)[] = [];
  const context = {
    store: {
      set: (entry: { id: string; digest?: string }) => {
        if (entry.digest && stored.get(entry.id)?.['digest'] === entry.digest) return false;
        stored.set(entry.id, entry);
        log.writes.push(entry.id);
        return true;
      },
      get: (id: string) => stored.get(id),
      keys: () => [...stored.keys()],
      delete: (id: string) => stored.delete(id),
    },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(practices.parse(data)),
    generateDigest: (text: string) => String(text.length) + text.slice(-60),
    config: { root: pathToFileURL(`${join(content, '..')}/`) },
    logger: {
      warn: (message: string) => log.errors.push(message),
      error: (message: string) => log.errors.push(message),
      info: (message: string) => log.info.push(message),
    },
    watcher: dev
      ? {
          add: () => undefined,
          on: (_: string, handler: (event: string, path: string) => void) => handlers.push(handler),
        }
      : undefined,
  } as unknown as LoaderContext;
  /** Tells the loader of a saved file, as the dev server's watcher does, and waits for it to be stored. */
  const fire = (event: string, path: string) => {
    for (const handler of handlers) handler(event, path);
  };
  const save = async (event: string, path: string) => {
    fire(event, path);
    await vi.waitFor(() => expect(log.info.length).toBeGreaterThan(0));
    log.info.length = 0;
  };
  return { context, log, save, fire };
}

describe('the content loader and the check', () => {
  const root = fixtureCopy('valid');
  const content = join(root, 'content');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("takes the check's result: no body is parsed again, and a file changed since is read anew", async () => {
    const checked = await checkContent({ root: content, render: true, today: '2026-12-01' });
    expect(checked.problems).toEqual([]);
    const afterCheck = parses.count;
    expect(afterCheck).toBeGreaterThanOrEqual(3);
    keepCheckedTexts(checked.texts);
    const changed = join(content, 'practices/goede-praktijk/nl.mdx');
    const original = readFileSync(changed, 'utf8');
    writeFileSync(changed, `${original}\nEen zin na de check.\n`);
    try {
      const stored = new Map<string, Record<string, unknown>>();
      const { context } = loaderContext(content, stored);
      await contentLoader(content, 'practices').load(context);
      expect([...stored.keys()].sort()).toEqual(['concept/nl', 'goede-praktijk/nl', 'goede-praktijk/uk']);
      // Only the file changed after the check was parsed (and checked) again.
      expect(parses.count - afterCheck).toBe(1);
      const html = (stored.get('goede-praktijk/nl')?.['rendered'] as { html: string }).html;
      expect(html).toContain('Een zin na de check.');
    } finally {
      writeFileSync(changed, original);
    }
  });

  it('in the dev server, reads again only the entry folder a saved change is in', async () => {
    const stored = new Map<string, Record<string, unknown>>();
    const { context, log, save, fire } = loaderContext(content, stored, { dev: true });
    await contentLoader(content, 'practices').load(context);
    const ids = [...stored.keys()].sort();
    expect(ids.length).toBeGreaterThan(1);
    parses.count = 0;
    log.writes.length = 0;

    const path = join(content, 'practices/goede-praktijk/nl.mdx');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, `${original}\nEen nieuwe zin.\n`);
    try {
      await save('change', path);
      // The folder's texts are read again; the body is the page's at once (dev-bodies.ts), and
      // Astro's store, which holds no body in the dev server, is not written.
      expect(parses.count).toBe(2);
      expect(log.writes).toEqual([]);
      const page = (id: string) => ({ collection: 'practices', id, ...stored.get(id) });
      expect(page('goede-praktijk/nl')).not.toHaveProperty('rendered');
      expect(bodyHtml(page('goede-praktijk/nl'))).toContain('Een nieuwe zin.');

      // A changed title goes into the store.
      writeFileSync(path, original.replace(/^title: */mu, '$&Nieuw, '));
      await save('change', path);
      expect(log.writes).toEqual(['goede-praktijk/nl']);
      expect(JSON.stringify(stored.get('goede-praktijk/nl')?.['data'])).toContain('Nieuw, Een goede praktijk');

      // A file of another collection, or outside the content folder, is not this loader's.
      parses.count = 0;
      fire('change', join(content, 'guides/x/nl.mdx'));
      fire('change', join(root, 'elsewhere.mdx'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(parses.count).toBe(0);
      expect(log.info).toEqual([]);

      // A removed text leaves the store; the rest stays.
      unlinkSync(join(content, 'practices/goede-praktijk/uk.mdx'));
      await save('unlink', join(content, 'practices/goede-praktijk/uk.mdx'));
      expect([...stored.keys()].sort()).toEqual(ids.filter((id) => id !== 'goede-praktijk/uk'));
      expect(bodyHtml(page('goede-praktijk/uk'))).toBe('');
    } finally {
      writeFileSync(path, original);
    }
  });

  it('in the dev server, shows a body that breaks the rules as a message and leaves the page out', async () => {
    const stored = new Map<string, Record<string, unknown>>();
    const { context, log, save } = loaderContext(content, stored, { dev: true });
    await contentLoader(content, 'practices').load(context);
    const path = join(content, 'practices/concept/nl.mdx');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, `${original}\nTekst {process.exit(1)}\n`);
    try {
      await save('change', path);
      expect(stored.has('concept/nl')).toBe(false);
      expect(log.errors.join('\n')).toMatch(
        /^Entry breaks the MDX rules of the content model:\ncontent\/practices\/concept\/nl\.mdx:\d+:7: JavaScript expression \{process\.exit\(1\)\} is not allowed/,
      );
    } finally {
      writeFileSync(path, original);
    }
  });
});
