import type { Image } from 'mdast';
import { defineMdastPlugin, type MdxJsxFlowElement, type MdxJsxTextElement, type PluginFactoryContext } from 'satteri';
import { isEntryImage } from './entry-files.ts';

/**
 * `<Figure src="kaart.jpg" alt="…" caption="…" />` becomes `<Figure caption="…">` around the
 * Markdown image `![…](kaart.jpg)`. Entries write plain strings (no imports), so the Figure
 * component could never see an optimisable image; a Markdown image with a relative path is what
 * Astro's MDX integration documents as optimised: it imports the file, and the `img` component of
 * `src/components/mdx/index.ts` receives its `ImageMetadata`. Both ways of showing an image thus
 * share one rendering (EntryImage.astro). A Sätteri mdast plugin; runs after the guard and before
 * `entryFiles`; a body without `<Figure` skips it.
 */
export function figureImages(context: PluginFactoryContext) {
  if (!context.source.includes('<Figure')) return null;
  const visit = <N extends MdxJsxFlowElement | MdxJsxTextElement>(node: Readonly<N>): N | undefined => {
    if (node.name !== 'Figure') return undefined;
    const text = (name: string) => {
      const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
      return attribute?.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? attribute.value : undefined;
    };
    const src = text('src');
    if (src === undefined || !isEntryImage(src)) return undefined;
    const image: Image = { type: 'image', url: src, alt: text('alt') ?? '', title: null };
    // An image is phrasing content; it renders fine as the direct child of a component, and a
    // wrapping paragraph would put a <p> inside the <figure>.
    const attributes = node.attributes
      .filter((a) => !(a.type === 'mdxJsxAttribute' && (a.name === 'src' || a.name === 'alt')))
      .map((a) => (a.type === 'mdxJsxAttribute' ? { type: a.type, name: a.name, value: a.value } : a));
    return { type: node.type, name: node.name, attributes, children: [image] } as unknown as N;
  };
  return defineMdastPlugin({
    name: 'kb-figure-images',
    mdxJsxFlowElement: (node) => visit(node),
    mdxJsxTextElement: (node) => visit(node),
  });
}
