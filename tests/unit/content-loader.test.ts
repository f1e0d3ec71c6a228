import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { contentLoader } from '../../src/content-check/content-loader.ts';
import type { CollectionName } from '../../src/content-model.ts';
import { schemas } from '../../src/schemas/index.ts';
import { fixtureCopy } from './helpers/run.ts';

/** What the content layer would store, with Astro's parseData standing in as the collection's schema. */
async function load(content: string, collection: CollectionName, stored = new Map<string, Record<string, unknown>>()) {
  const warnings: string[] = [];
  const moduleImports: string[] = [];
  const context = {
    store: {
      // As Astro's store: an entry with an unchanged digest is not stored (or listed) again.
      set: (entry: { id: string; deferredRender?: boolean; filePath?: string; digest?: string }) => {
        if (entry.digest && stored.get(entry.id)?.['digest'] === entry.digest) return false;
        stored.set(entry.id, entry);
        if (entry.deferredRender && entry.filePath) moduleImports.push(entry.filePath);
        return true;
      },
      get: (id: string) => stored.get(id),
      keys: () => [...stored.keys()],
      delete: (id: string) => stored.delete(id),
      addModuleImport: (filePath: string) => moduleImports.push(filePath),
    },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(schemas[collection].parse(data)),
    generateDigest: (text: string) => String(text.length),
    config: { root: pathToFileURL(`${join(content, '..')}/`) },
    logger: { warn: (message: string) => warnings.push(message) },
  } as unknown as LoaderContext;
  await contentLoader(content, collection).load(context);
  return { stored, warnings, moduleImports };
}

describe('the content layer reads what the check reads', () => {
  const root = fixtureCopy('valid', {
    'practices/februari/nl.mdx':
      '---\ntitle: Dertig februari\nsummary: Deze datum bestaat niet; de check wijst hem af en de site mag hem dan ook niet tonen.\nthemes: [housing]\npublished: 2026-02-30\n---\n\nTekst.\n',
  });
  const content = join(root, 'content');
  symlinkSync('../goede-praktijk', join(content, 'practices/gelinkt'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stores texts by <slug>/<lang> for Astro to render, dates as the text written', async () => {
    const { stored } = await load(content, 'practices');
    const entry = stored.get('goede-praktijk/nl');
    expect(entry).toMatchObject({ deferredRender: true, filePath: 'content/practices/goede-praktijk/nl.mdx' });
    expect(entry?.['data']).toMatchObject({
      published: '2026-05-01',
      updated: '2026-06-01',
      themes: ['housing', 'services'],
    });
    // Pages render the module; only a newsletter's body is kept as text, for its email.
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

  it('lists every unchanged text in the module map again on the next build, so no build renders a stale map', async () => {
    const first = await load(content, 'practices');
    const second = await load(content, 'practices', first.stored);
    expect(second.moduleImports.sort()).toEqual(first.moduleImports.sort());
    expect(second.moduleImports.length).toBeGreaterThan(0);
  });

  it('loads data files by their id', async () => {
    const { stored } = await load(content, 'municipalities');
    expect([...stored.keys()].sort()).toEqual(['noordstad', 'pivdenne']);
  });
});
