import type { Definition, Image, Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { attachmentPath } from '../lib/site.ts';

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

/**
 * Entries refer to their images and attachments relatively (`plan.pdf`, `./kaart.png`).
 * Images (Markdown images and, via `remarkFigureImages`, `<Figure>`) keep their relative path:
 * Astro's MDX integration imports them and serves them resized as WebP/AVIF through `astro:assets`
 * (rendered by `src/components/mdx/EntryImage.astro`). Everything else, links to images included,
 * goes to `/files/<collection>/<slug>/`, where the content-check integration publishes the originals.
 */
export function remarkEntryFiles() {
  return (tree: Root, file: VFile) => {
    const match = /([a-z0-9-]+)[/\\]([a-z0-9-]+)[/\\](?:nl|uk|en)\.mdx$/.exec(file.path ?? '');
    if (!match) return;
    const [, collection = '', slug = ''] = match;
    const rewrite = (url: string) => (isRelativeFile(url) ? attachmentPath(collection, slug, url.replace(/^\.\//, '')) : url);
    const definitions = new Map<string, Definition>();
    const collect = (node: Nodes) => {
      if (node.type === 'definition') definitions.set(node.identifier, node);
      if ('children' in node) node.children.forEach((child) => collect(child as Nodes));
    };
    collect(tree);
    const visit = (node: Nodes, parent?: { children: Nodes[] }, index?: number) => {
      if (node.type === 'imageReference') {
        // `![alt][kaart]` with `[kaart]: kaart.png`: the definition also serves links (and is
        // rewritten below), so the image becomes a plain Markdown image with its own relative path.
        const definition = definitions.get(node.identifier);
        if (definition && isEntryImage(definition.url) && parent && index !== undefined) {
          const image: Image = { type: 'image', url: definition.url, alt: node.alt ?? '', title: definition.title ?? null };
          if (node.position) image.position = node.position;
          parent.children[index] = image;
        }
        return;
      }
      if (node.type === 'image' && !isEntryImage(node.url)) node.url = rewrite(node.url);
      if (node.type === 'link' || node.type === 'definition') node.url = rewrite(node.url);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          // Only a Figure whose src is not an image type gets here with its src still set.
          if (node.name === 'Figure' && attribute.type === 'mdxJsxAttribute' && attribute.name === 'src' && typeof attribute.value === 'string') {
            attribute.value = rewrite(attribute.value);
          }
        }
      }
      if ('children' in node) node.children.forEach((child, i) => visit(child as Nodes, node as { children: Nodes[] }, i));
    };
    visit(tree);
  };
}
