import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collections, textId, type CollectionName } from '../content-model.ts';
import { parseMdxSource, parseYaml } from './frontmatter.ts';
import { readCollectionTree } from './read-tree.ts';

/**
 * The content layer's loader for one collection: it lists files with the check's own reader
 * (no symbolic links, the same layout) and reads frontmatter with the check's own YAML parser,
 * so that the site and `npm run check` can never read a file differently. Texts are MDX that
 * Astro renders on demand (`deferredRender`); a file the check rejects is left out, and the dev
 * server shows the check's message for it.
 */
export function contentLoader(root: string, collection: CollectionName): Loader {
  return {
    name: 'kb:content',
    load: async (context) => {
      await sync(context, root, collection);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(root)) void sync(context, root, collection);
      });
    },
  };
}

async function sync(context: LoaderContext, root: string, collection: CollectionName) {
  const { store, config, logger } = context;
  const tree = readCollectionTree(root, collection);
  const projectRoot = fileURLToPath(config.root);
  const isData = collections[collection].kind === 'data';
  const files = isData
    ? tree.data.map((file) => ({ id: file.id, path: file.path }))
    : tree.entries.map((entry) => ({ id: textId(entry.slug, entry.lang), path: entry.path }));
  const seen = new Set<string>();
  for (const { id, path } of files) {
    const text = readFileSync(path, 'utf8');
    const filePath = relative(projectRoot, path).split('\\').join('/');
    const digest = context.generateDigest(text);
    const existing = store.get(id);
    if (existing?.digest === digest && existing.filePath === filePath) {
      // Unchanged since the last build: the store keeps it, but the module map is written anew
      // by every build and must list it again (as Astro's glob loader does).
      if (existing.deferredRender) store.addModuleImport(filePath);
      seen.add(id);
      continue;
    }
    const source = isData ? { ...parseYaml(text), body: undefined } : parseMdxSource(text);
    if (source.data === undefined) continue;
    let data: Record<string, unknown>;
    try {
      data = await context.parseData({ id, data: source.data as Record<string, unknown>, filePath: path });
    } catch {
      logger.warn(`${filePath} is left out until it passes npm run check`);
      continue;
    }
    seen.add(id);
    // Pages render the MDX module; only a newsletter's body is read as text (its email).
    const body = collection === 'newsletters' ? { body: source.body ?? '' } : {};
    store.set(isData ? { id, data, filePath, digest } : { id, data, filePath, digest, ...body, deferredRender: true });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
