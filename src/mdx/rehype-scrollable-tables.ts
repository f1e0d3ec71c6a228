import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { dictionaries } from '../i18n/translations.ts';
import { entryLang } from './entry-lang.ts';

/**
 * Wide tables scroll sideways inside their own box instead of widening a phone screen. The box is
 * a labelled, focusable region, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function rehypeScrollableTables() {
  return (tree: Root, file: VFile) => {
    const label = dictionaries[entryLang(file) ?? 'en']['table.label'];
    const visit = (node: Root | Element) => {
      node.children = node.children.map((child): RootContent => {
        if (child.type !== 'element') return child;
        if (child.tagName === 'table') {
          return {
            type: 'element',
            tagName: 'div',
            properties: { className: ['kb-table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label },
            children: [child],
          };
        }
        visit(child);
        return child;
      });
    };
    visit(tree);
  };
}
