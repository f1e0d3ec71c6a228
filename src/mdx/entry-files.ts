import type { Image } from 'mdast';
import { defineMdastPlugin, type MdxJsxAttributeUnion, type PluginFactoryContext } from 'satteri';
import { attachmentPath } from '../lib/site.ts';
import { documentPath } from './entry-lang.ts';

const isRelativeFile = (url: string) => !/^(?:[a-z][a-z0-9+.-]*:|#|\/)/i.test(url);

/** The image types Astro's image pipeline (sharp) turns into responsive WebP/AVIF. SVG is not allowed in entries. */
const imageExtension = /\.(?:jpe?g|png|webp|avif|gif)$/i;

/**
 * Whether a reference is an image in the entry folder that goes through Astro's image pipeline:
 * relative, inside the folder (no `..`), one of the raster types.
 */
export function isEntryImage(url: string): boolean {
  const path = url.split(/[?#]/)[0] ?? '';
  return isRelativeFile(url) && imageExtension.test(path) && !path.split('/').includes('..');
}

/** `content/<collection>/<slug>/<lang>.mdx` → collection and slug; undefined for other files. */
function entryPlace(path: string | undefined) {
  const match = /([a-z0-9-]+)[/\\]([a-z0-9-]+)[/\\](?:nl|uk|en)\.mdx$/.exec(path ?? '');
  return match ? { collection: match[1]!, slug: match[2]! } : undefined;
}

/**
 * Entries refer to their images and attachments relatively (`plan.pdf`, `./kaart.png`).
 * Images (Markdown images and, via `figureImages`, `<Figure>`) keep their relative path:
 * Astro's MDX integration imports them and serves them resized as WebP/AVIF through `astro:assets`
 * (rendered by `src/components/mdx/EntryImage.astro`). Everything else, links to images included,
 * goes to `/files/<collection>/<slug>/`, where the content-check integration publishes the originals.
 * A Sätteri mdast plugin; a body without a link, a definition or a Figure skips it entirely.
 */
export function entryFiles(context: PluginFactoryContext) {
  const place = entryPlace(documentPath(context.fileURL));
  if (!place || !/\]\(|\]:|<Figure/.test(context.source)) return null;
  const rewrite = (url: string) =>
    isRelativeFile(url)
      ? attachmentPath(place.collection as Parameters<typeof attachmentPath>[0], place.slug, url.replace(/^\.\//, ''))
      : url;
  // `![alt][kaart]` with `[kaart]: kaart.png`: only a body with both can hold one.
  const definitions = new Map<string, { url: string; title: string | null | undefined }>();
  const mayReferenceImages = context.source.includes('![') && context.source.includes(']:');
  const figureSrc = (node: { name: string | null; attributes: readonly MdxJsxAttributeUnion[] }) =>
    node.name === 'Figure' &&
    node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'src' && typeof a.value === 'string')
      ? node.attributes.map((a) =>
          a.type === 'mdxJsxAttribute' && a.name === 'src' && typeof a.value === 'string'
            ? { type: 'mdxJsxAttribute' as const, name: 'src', value: rewrite(a.value) }
            : a,
        )
      : undefined;
  return defineMdastPlugin({
    name: 'kb-entry-files',
    before(root) {
      if (!mayReferenceImages) return;
      const stack: unknown[] = [root];
      for (
        let node = stack.pop() as { type: string; children?: unknown[] } | undefined;
        node;
        node = stack.pop() as typeof node
      ) {
        if (node.type === 'definition') {
          const definition = node as unknown as { identifier: string; url: string; title?: string | null };
          definitions.set(definition.identifier, { url: definition.url, title: definition.title });
        }
        if (node.children) stack.push(...node.children);
      }
    },
    imageReference(node) {
      // The definition also serves links (and is rewritten below), so the image becomes a plain
      // Markdown image with its own relative path.
      const definition = definitions.get(node.identifier);
      if (!definition || !isEntryImage(definition.url)) return undefined;
      const image: Image = { type: 'image', url: definition.url, alt: node.alt ?? '', title: definition.title ?? null };
      return image;
    },
    image(node, ctx) {
      if (!isEntryImage(node.url) && isRelativeFile(node.url)) ctx.setProperty(node, 'url', rewrite(node.url));
    },
    link(node, ctx) {
      if (isRelativeFile(node.url)) ctx.setProperty(node, 'url', rewrite(node.url));
    },
    definition(node, ctx) {
      if (isRelativeFile(node.url)) ctx.setProperty(node, 'url', rewrite(node.url));
    },
    // Only a Figure whose src is not an image type gets here with its src still set.
    mdxJsxFlowElement(node) {
      const attributes = figureSrc(node);
      return attributes ? { type: node.type, name: node.name, attributes, children: [...node.children] } : undefined;
    },
    mdxJsxTextElement(node) {
      const attributes = figureSrc(node);
      return attributes ? { type: node.type, name: node.name, attributes, children: [...node.children] } : undefined;
    },
  });
}
