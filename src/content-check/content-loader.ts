import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collections, textId, type CollectionName, type TextCollection } from '../content-model.ts';
import { EntryBodyError, renderEntryBody, type RenderedBody } from '../mdx/render-entry-body.ts';
import { parseMdxSource, parseYaml } from './frontmatter.ts';
import { readCollectionTree } from './read-tree.ts';

/**
 * The content layer's loader for one collection: it lists files with the check's own reader
 * (no symbolic links, the same layout) and reads frontmatter with the check's own YAML parser,
 * so that the site and `npm run check` can never read a file differently. A text's body is
 * rendered here, to HTML, by src/mdx/render-entry-body.ts: with the check's engine, and never
 * compiled to code. Its images go into the data as `{ images: [...] }` beside the frontmatter,
 * where the collection's schema (content.config.ts) turns them into astro:assets images. A file
 * whose frontmatter the check rejects is left out (the dev server shows the check's message for
 * it); a body that breaks the MDX rules stops the build, also when the check was skipped.
 */
export function contentLoader(root: string, collection: CollectionName): Loader {
  return {
    name: 'kb:content',
    load: async (context) => {
      // A build stops at a body that breaks the rules; the dev server (which has a watcher) shows
      // the message, leaves the entry out and keeps running.
      await sync(context, root, collection, { strict: !context.watcher });
      context.watcher?.add(root);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(root)) void sync(context, root, collection, { strict: false });
      });
    },
  };
}

async function sync(context: LoaderContext, root: string, collection: CollectionName, { strict }: { strict: boolean }) {
  const { store, config, logger } = context;
  const tree = readCollectionTree(root, collection);
  const projectRoot = fileURLToPath(config.root);
  const isData = collections[collection].kind === 'data';
  const files = isData
    ? tree.data.map((file) => ({ id: file.id, path: file.path, text: undefined }))
    : tree.entries.map((entry) => ({ id: textId(entry.slug, entry.lang), path: entry.path, text: entry }));
  const seen = new Set<string>();
  for (const { id, path, text: place } of files) {
    const text = readFileSync(path, 'utf8');
    const filePath = relative(projectRoot, path).split('\\').join('/');
    const source = isData ? { ...parseYaml(text), body: undefined, bodyLine: 1 } : parseMdxSource(text);
    if (source.data === undefined) continue;
    // Rendered on every sync (under half a millisecond a body, BENCHMARKS.md), so that a change to
    // the renderer reaches every page; the digest covers the HTML, so the store keeps what did not change.
    let body: RenderedBody | undefined;
    try {
      body = place
        ? renderEntryBody(source.body ?? '', {
            collection: collection as TextCollection,
            slug: place.slug,
            lang: place.lang,
            file: filePath,
            firstLine: source.bodyLine,
          })
        : undefined;
    } catch (error) {
      if (strict || !(error instanceof EntryBodyError)) throw error;
      logger.error(error.message);
      continue;
    }
    const digest = context.generateDigest(body ? `${text}\0${body.html}` : text);
    const existing = store.get(id);
    if (existing?.digest === digest) {
      // Unchanged since the last build: the store keeps it. But the list of images to import
      // (.astro/content-assets.mjs) is written anew by every build, of any content tree, from the
      // entries stored in this build; a text with images is stored again so that it names them.
      if (!existing.assetImports?.length) {
        seen.add(id);
        continue;
      }
      store.delete(id);
    }
    let data: Record<string, unknown>;
    try {
      const frontmatter = source.data as Record<string, unknown>;
      data = await context.parseData({
        id,
        data: isData ? frontmatter : { frontmatter, images: body?.images ?? [] },
        filePath: path,
      });
    } catch {
      logger.warn(`${filePath} is left out until it passes npm run check`);
      continue;
    }
    seen.add(id);
    // The newsletter email is made from the body's text too (src/newsletter/).
    const raw = collection === 'newsletters' ? { body: source.body ?? '' } : {};
    store.set(
      body
        ? { id, data, filePath, digest, ...raw, rendered: { html: body.html, metadata: {} } }
        : { id, data, filePath, digest },
    );
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
