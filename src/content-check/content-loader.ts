import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collections, textId, type CollectionName, type TextCollection } from '../content-model.ts';
import { EntryBodyError } from '../mdx/render-entry-body.ts';
import { checkAndRenderText, type CheckedText } from './check-and-render.ts';
import { takeCheckedText } from './checked-texts.ts';
import { dropBody, shelveBody } from './dev-bodies.ts';
import { parseYaml } from './frontmatter.ts';
import { formatProblem } from './problem.ts';
import { readCollectionTree, type ContentTree, type EntryFile } from './read-tree.ts';

/**
 * The content layer's loader for one collection: it lists files with the check's own reader
 * (no symbolic links, the same layout) and takes each text as the check read it: the check of the
 * build (src/integrations/content-check.ts) renders every body to HTML from the tree it checked
 * (check-and-render.ts) and leaves the results here, so a text is read, parsed and checked once.
 * A text the check did not read as it is now (a skipped check, a change in the dev server) is
 * checked and rendered here by the same function. A body is never compiled to code; its images go
 * into the data as `{ images: [...] }` beside the frontmatter, where the collection's schema
 * (content.config.ts) turns them into astro:assets images. A file whose frontmatter the check
 * rejects is left out (the dev server shows the check's message for it); a body that breaks the
 * MDX rules stops the build, also when the check was skipped.
 *
 * The dev server reads again only what a saved change touches, as Astro's glob loader does: the
 * entry folder (its texts, which link to its files) or the data file the change is in.
 */
export function contentLoader(root: string, collection: CollectionName): Loader {
  return {
    name: 'kb:content',
    load: async (context) => {
      // A build stops at a body that breaks the rules; the dev server (which has a watcher) shows
      // the message, leaves the entry out and keeps running.
      const strict = !context.watcher;
      const tree = readCollectionTree(root, collection);
      const seen = await storeTree(context, tree, collection, strict);
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(root);
      // Changes are handled one after another, so that two quick saves cannot store out of order.
      let queue = Promise.resolve();
      watcher.on('all', (_event, path) => {
        const name = changedItem(root, collection, path);
        if (name === undefined) return;
        queue = queue
          .then(() => syncItem(context, root, collection, name))
          .catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}

/**
 * The entry folder or data file of this collection that a changed path lies in (its name in the
 * collection folder), or undefined for a path elsewhere.
 */
export function changedItem(root: string, collection: CollectionName, path: string): string | undefined {
  const [folder, name, ...rest] = relative(root, path).split(sep);
  if (folder !== collection || name === undefined || name === '' || name === '..') return undefined;
  if (collections[collection].kind === 'data' && rest.length > 0) return undefined;
  return name;
}

/** Reads one entry folder or data file again and stores what it holds now; what it no longer holds goes. */
async function syncItem(context: LoaderContext, root: string, collection: CollectionName, name: string) {
  const tree = readCollectionTree(root, collection, undefined, name);
  const seen = await storeTree(context, tree, collection, false);
  const dataId = /^(.+)\.ya?ml$/.exec(name)?.[1];
  const stale = (id: string) =>
    !seen.has(id) && (collections[collection].kind === 'data' ? id === dataId : id.startsWith(`${name}/`));
  for (const id of context.store.keys()) {
    if (!stale(id)) continue;
    context.store.delete(id);
    dropBody(collection, id);
  }
  context.logger.info(`Reloaded ${collection}/${name}`);
}

/** Stores the data files and texts of a (part of a) collection; returns the ids it holds. */
async function storeTree(
  context: LoaderContext,
  tree: ContentTree,
  collection: CollectionName,
  strict: boolean,
): Promise<Set<string>> {
  const seen = new Set<string>();
  const projectRoot = fileURLToPath(context.config.root);
  const display = (path: string) => relative(projectRoot, path).split('\\').join('/');
  const today = new Date().toISOString().slice(0, 10);
  for (const { id, path } of tree.data) {
    const text = readFileSync(path, 'utf8');
    const { data } = parseYaml(text);
    if (data === undefined) continue;
    if (await store(context, { id, collection, path, filePath: display(path), text, frontmatter: data })) seen.add(id);
  }
  for (const entry of tree.entries) {
    const id = textId(entry.slug, entry.lang);
    const filePath = display(entry.path);
    const checked = readText(entry, collection as TextCollection, filePath, today);
    if (checked.frontmatter === undefined) continue;
    if (!checked.rendered) {
      const message = `Entry breaks the MDX rules of the content model:\n${checked.bodyProblems.map(formatProblem).join('\n')}`;
      if (strict) throw new EntryBodyError(message);
      context.logger.error(message);
      continue;
    }
    const stored = await store(context, {
      id,
      collection,
      path: entry.path,
      filePath,
      text: checked.text,
      frontmatter: checked.frontmatter,
      checked,
      newsletter: collection === 'newsletters',
    });
    if (stored) seen.add(id);
  }
  return seen;
}

/** The check's result for a text: the build's check's, if it read this very text, else checked here. */
function readText(entry: EntryFile, collection: TextCollection, file: string, today: string) {
  const text = readFileSync(entry.path, 'utf8');
  const checked =
    takeCheckedText(entry.path, text) ??
    checkAndRenderText({
      file,
      collection,
      slug: entry.slug,
      lang: entry.lang,
      attachments: entry.attachments,
      today,
      text,
    });
  return { ...checked, text };
}

/** Stores one entry, unless the store holds it unchanged; false when the schema rejects it. */
async function store(
  context: LoaderContext,
  item: {
    id: string;
    collection: CollectionName;
    path: string;
    filePath: string;
    text: string;
    frontmatter: unknown;
    checked?: Pick<CheckedText, 'rendered' | 'body'>;
    newsletter?: boolean;
  },
): Promise<boolean> {
  const { store, logger } = context;
  const { id, path, filePath, text, checked } = item;
  const body = checked?.rendered;
  // The dev server keeps the HTML out of the store (dev-bodies.ts): what the store holds of a text
  // is then its frontmatter, its images and a newsletter's body, and an edit of the body alone
  // leaves it unchanged. A build's digest covers the HTML, so that a change to the renderer
  // reaches every page.
  const shelved = body !== undefined && context.watcher !== undefined;
  if (shelved) shelveBody(item.collection, id, body.html);
  const raw = item.newsletter && checked ? { body: checked.body } : {};
  const digest = context.generateDigest(
    shelved ? JSON.stringify([item.frontmatter, body.images, raw.body ?? null]) : body ? `${text}\0${body.html}` : text,
  );
  const existing = store.get(id);
  if (existing?.digest === digest) {
    // Unchanged since the last build: the store keeps it. But the list of images to import
    // (.astro/content-assets.mjs) is written anew by every build, of any content tree, from the
    // entries stored in this build; a text with images is stored again so that it names them.
    if (!existing.assetImports?.length) return true;
    store.delete(id);
  }
  let data: Record<string, unknown>;
  try {
    const frontmatter = item.frontmatter as Record<string, unknown>;
    data = await context.parseData({
      id,
      data: checked ? { frontmatter, images: body?.images ?? [] } : frontmatter,
      filePath: path,
    });
  } catch {
    logger.warn(`${filePath} is left out until it passes npm run check`);
    return false;
  }
  // The newsletter email is made from the body's text too (src/newsletter/).
  store.set(
    body && !shelved
      ? { id, data, filePath, digest, ...raw, rendered: { html: body.html, metadata: {} } }
      : { id, data, filePath, digest, ...raw },
  );
  return true;
}
