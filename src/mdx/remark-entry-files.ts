import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { attachmentPath } from '../lib/site.ts';

const isRelativeFile = (url: string) => !/^(?:[a-z][a-z0-9+.-]*:|#|\/)/i.test(url);

/**
 * Entries refer to their images and attachments relatively (`plan.pdf`, `./kaart.png`); on the
 * site those files live at `/files/<collection>/<slug>/` (copied by the content-check
 * integration). This rewrites links, images and `<Figure src>` to that address.
 */
export function remarkEntryFiles() {
  return (tree: Root, file: VFile) => {
    const match = /([a-z0-9-]+)[/\\]([a-z0-9-]+)[/\\](?:nl|uk|en)\.mdx$/.exec(file.path ?? '');
    if (!match) return;
    const [, collection = '', slug = ''] = match;
    const rewrite = (url: string) => (isRelativeFile(url) ? attachmentPath(collection, slug, url.replace(/^\.\//, '')) : url);
    const visit = (node: Nodes) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') node.url = rewrite(node.url);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          if (node.name === 'Figure' && attribute.type === 'mdxJsxAttribute' && attribute.name === 'src' && typeof attribute.value === 'string') {
            attribute.value = rewrite(attribute.value);
          }
        }
      }
      if ('children' in node) node.children.forEach((child) => visit(child as Nodes));
    };
    visit(tree);
  };
}
