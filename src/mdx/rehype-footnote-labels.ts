import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { dictionaries } from '../i18n/translations.ts';
import { entryLang } from './entry-lang.ts';

/**
 * remark-rehype labels footnotes in English ("Footnotes", "Back to reference 1") for every file;
 * this gives them the words of the entry's own language, taken from its file name (`uk.mdx`).
 */
export function rehypeFootnoteLabels() {
  return (tree: Root, file: VFile) => {
    const lang = entryLang(file);
    if (!lang) return;
    const words = dictionaries[lang];
    const visit = (node: Root | RootContent) => {
      if (node.type !== 'element' && node.type !== 'root') return;
      if (node.type === 'element') relabel(node, words['footnotes.label'], words['footnotes.back']);
      node.children.forEach(visit);
    };
    visit(tree);
  };
}

function relabel(element: Element, label: string, back: string) {
  if (element.properties['id'] === 'footnote-label') {
    element.children = [{ type: 'text', value: label }];
  } else if (element.properties['dataFootnoteBackref'] !== undefined) {
    element.properties['ariaLabel'] = back;
  }
}
