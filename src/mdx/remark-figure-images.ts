import type { BlockContent, Image, Nodes, Root } from 'mdast';
import { isEntryImage } from './remark-entry-files.ts';

/**
 * `<Figure src="kaart.jpg" alt="…" caption="…" />` becomes `<Figure caption="…">` around the
 * Markdown image `![…](kaart.jpg)`. Entries write plain strings (no imports), so the Figure
 * component could never see an optimisable image; a Markdown image with a relative path is what
 * Astro's MDX integration documents as optimised: it imports the file, and the `img` component of
 * `src/components/mdx/index.ts` receives its `ImageMetadata`. Both ways of showing an image thus
 * share one rendering (EntryImage.astro). Runs after the guard and before `remarkEntryFiles`.
 */
export function remarkFigureImages() {
  return (tree: Root) => {
    const visit = (node: Nodes) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
        const text = (name: string) => {
          const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
          return typeof attribute?.value === 'string' ? attribute.value : undefined;
        };
        const src = text('src');
        if (src !== undefined && isEntryImage(src)) {
          const image: Image = { type: 'image', url: src, alt: text('alt') ?? '', title: null };
          if (node.position) image.position = node.position;
          node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && (a.name === 'src' || a.name === 'alt')));
          // An image is phrasing content; mdast-util-to-hast and MDX render it fine as the direct
          // child of a component, and a wrapping paragraph would put a <p> inside the <figure>.
          node.children = [image as unknown as BlockContent];
          return;
        }
      }
      if ('children' in node) node.children.forEach((child) => visit(child as Nodes));
    };
    visit(tree);
  };
}
