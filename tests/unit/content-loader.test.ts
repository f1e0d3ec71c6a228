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
async function load(content: string, collection: CollectionName) {
  const stored = new Map<string, Record<string, unknown>>();
  const warnings: string[] = [];
  const context = {
    store: {
      set: (entry: { id: string }) => stored.set(entry.id, entry),
      keys: () => [...stored.keys()],
      delete: (id: string) => stored.delete(id),
    },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(schemas[collection].parse(data)),
    generateDigest: (text: string) => String(text.length),
    config: { root: pathToFileURL(`${join(content, '..')}/`) },
    logger: { warn: (message: string) => warnings.push(message) },
  } as unknown as LoaderContext;
  await contentLoader(content, collection).load(context);
  return { stored, warnings };
}

describe('the content layer reads what the check reads', () => {
  const root = fixtureCopy('valid', {
    'practices/februari/nl.mdx':
      '---\ntitle: Dertig februari\nsummary: Deze datum bestaat niet; de check wijst hem af en de site mag hem dan ook niet tonen.\nthemes: [housing]\npublished: 2026-02-30\n---\n\nTekst.\n',
  });
  const content = join(root, 'content');
  symlinkSync('../goede-praktijk', join(content, 'practices/gelinkt'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stores texts by <slug>/<lang> with their body for Astro to render, dates as the text written', async () => {
    const { stored } = await load(content, 'practices');
    const entry = stored.get('goede-praktijk/nl');
    expect(entry).toMatchObject({ deferredRender: true, filePath: 'content/practices/goede-praktijk/nl.mdx' });
    expect(entry?.['data']).toMatchObject({
      published: '2026-05-01',
      updated: '2026-06-01',
      themes: ['housing', 'services'],
    });
    expect(String(entry?.['body'])).toContain('## Aanpak');
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

  it('loads data files by their id', async () => {
    const { stored } = await load(content, 'municipalities');
    expect([...stored.keys()].sort()).toEqual(['noordstad', 'pivdenne']);
  });
});
