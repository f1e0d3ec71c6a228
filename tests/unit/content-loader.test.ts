import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { contentLoader } from '../../src/content-check/content-loader.ts';
import type { CollectionName } from '../../src/content-model.ts';
import { collections } from '../../src/content-model.ts';
import { textSchema } from '../../src/content-check/text-schema.ts';
import { schemas } from '../../src/schemas/index.ts';

/** The collection's schema as content.config.ts gives it, with `image()` keeping the path as text. */
const schemaOf = (collection: CollectionName) =>
  collections[collection].kind === 'data'
    ? schemas[collection]
    : textSchema(schemas[collection] as z.ZodType<Record<string, unknown>>)({ image: () => z.string() as never });
import { fixtureCopy } from './helpers/run.ts';

/** What the content layer would store, with Astro's parseData standing in as the collection's schema. */
async function load(
  content: string,
  collection: CollectionName,
  stored = new Map<string, Record<string, unknown>>(),
  { dev = false } = {},
) {
  const warnings: string[] = [];
  const errors: string[] = [];
  let writes = 0;
  const context = {
    store: {
      // As Astro's store: an entry with an unchanged digest is not stored (or listed) again.
      set: (entry: { id: string; filePath?: string; digest?: string }) => {
        if (entry.digest && stored.get(entry.id)?.['digest'] === entry.digest) return false;
        stored.set(entry.id, entry);
        writes++;
        return true;
      },
      get: (id: string) => stored.get(id),
      keys: () => [...stored.keys()],
      delete: (id: string) => stored.delete(id),
    },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(schemaOf(collection).parse(data)),
    generateDigest: (text: string) => String(text.length),
    config: { root: pathToFileURL(`${join(content, '..')}/`) },
    logger: { warn: (message: string) => warnings.push(message), error: (message: string) => errors.push(message) },
    // The dev server's watcher; a build has none.
    watcher: dev ? { add: () => undefined, on: () => undefined } : undefined,
  } as unknown as LoaderContext;
  await contentLoader(content, collection).load(context);
  return { stored, warnings, errors, writes };
}

describe('the content layer reads what the check reads', () => {
  const root = fixtureCopy('valid', {
    'practices/februari/nl.mdx':
      '---\ntitle: Dertig februari\nsummary: Deze datum bestaat niet; de check wijst hem af en de site mag hem dan ook niet tonen.\nthemes: [housing]\npublished: 2026-02-30\n---\n\nTekst.\n',
  });
  const content = join(root, 'content');
  symlinkSync('../goede-praktijk', join(content, 'practices/gelinkt'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stores texts by <slug>/<lang>, rendered to HTML, dates as the text written', async () => {
    const { stored } = await load(content, 'practices');
    const entry = stored.get('goede-praktijk/nl');
    expect(entry).toMatchObject({ filePath: 'content/practices/goede-praktijk/nl.mdx' });
    expect(entry?.['data']).toMatchObject({
      published: '2026-05-01',
      updated: '2026-06-01',
      themes: ['housing', 'services'],
      bodyImages: [],
    });
    const html = (entry?.['rendered'] as { html: string }).html;
    expect(html).toMatch(/^<(p|h2)[ >]/);
    expect(html).not.toContain('<Callout');
    // The page shows the rendered HTML; only a newsletter's body is kept as text, for its email.
    expect(entry?.['body']).toBeUndefined();
    const { stored: newsletters } = await load(content, 'newsletters');
    expect(String(newsletters.get('2026-10/nl')?.['body'])).not.toBe('');
    expect([...stored.keys()].sort()).toEqual(['concept/nl', 'goede-praktijk/nl', 'goede-praktijk/uk']);
  });

  it('leaves out a date the check rejects, instead of reading 30 February as 2 March', async () => {
    const { stored, warnings } = await load(content, 'practices');
    expect(stored.has('februari/nl')).toBe(false);
    expect(warnings).toEqual(['content/practices/februari/nl.mdx is left out until it passes npm run check']);
  });

  it('never follows a symbolic link, as the check never does', async () => {
    const { stored } = await load(content, 'practices');
    expect([...stored.keys()].some((id) => id.startsWith('gelinkt/'))).toBe(false);
  });

  it('keeps what did not change: a second load writes nothing again', async () => {
    const first = await load(content, 'practices');
    expect(first.writes).toBeGreaterThan(0);
    const second = await load(content, 'practices', first.stored);
    expect(second.writes).toBe(0);
  });

  it('gives the images of a body to the schema, relative to the text, and links other files to /files', async () => {
    const pictured = fixtureCopy('valid', {
      'practices/met-foto/nl.mdx':
        '---\ntitle: Met een foto\nsummary: Een praktijk met een foto en een plan, om te zien hoe de site ze toont.\nthemes: [housing]\npublished: 2026-05-01\n---\n\n<Figure src="foto.jpg" alt="Het plein" caption="Het plein in mei" />\n\n[Het plan](plan.pdf)\n',
      // The body links to them: the loader renders only what the check accepts.
      'practices/met-foto/foto.jpg': '',
      'practices/met-foto/plan.pdf': '',
    });
    try {
      const { stored } = await load(join(pictured, 'content'), 'practices');
      const entry = stored.get('met-foto/nl');
      expect((entry?.['data'] as { bodyImages: unknown }).bodyImages).toEqual([
        { src: './foto.jpg', alt: 'Het plein' },
      ]);
      const html = (entry?.['rendered'] as { html: string }).html;
      expect(html).toContain(
        '<figure class="kb-figure"><!--kb-image:0--><figcaption>Het plein in mei</figcaption></figure>',
      );
      expect(html).toContain('<a href="/files/practices/met-foto/plan.pdf">Het plan</a>');
    } finally {
      rmSync(pictured, { recursive: true, force: true });
    }
  });

  it('stops a build at a body that breaks the rules; the dev server leaves it out with the message', async () => {
    const hostile = fixtureCopy('valid', {
      'practices/aanval/nl.mdx':
        '---\ntitle: Aanval\nsummary: Deze bijdrage probeert code uit te voeren tijdens de build van de site.\nthemes: [housing]\npublished: 2026-05-01\n---\n\nTekst {process.exit(1)}\n',
    });
    const message =
      'Entry breaks the MDX rules of the content model:\ncontent/practices/aanval/nl.mdx:8:7: JavaScript expression {process.exit(1)} is not allowed; write \\{ for a literal brace';
    try {
      await expect(load(join(hostile, 'content'), 'practices')).rejects.toThrow(message);
      const dev = await load(join(hostile, 'content'), 'practices', undefined, { dev: true });
      expect(dev.errors).toEqual([message]);
      expect(dev.stored.has('aanval/nl')).toBe(false);
      expect(dev.stored.has('goede-praktijk/nl')).toBe(true);
    } finally {
      rmSync(hostile, { recursive: true, force: true });
    }
  });

  it('loads data files by their id', async () => {
    const { stored } = await load(content, 'municipalities');
    expect([...stored.keys()].sort()).toEqual(['noordstad', 'pivdenne']);
  });
});
