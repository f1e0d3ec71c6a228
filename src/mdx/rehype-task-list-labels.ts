import type { Element, Root, RootContent } from 'hast';

/**
 * GitHub task lists render as bare checkboxes, which screen readers announce without a name
 * (WCAG 4.1.2). Each checkbox gets the text of its list item as its accessible name.
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    const visit = (node: Root | RootContent) => {
      if (node.type !== 'element' && node.type !== 'root') return;
      if (node.type === 'element' && node.tagName === 'li') {
        const checkbox = findCheckbox(node);
        if (checkbox) checkbox.properties['ariaLabel'] = textOf(node).trim();
      }
      node.children.forEach(visit);
    };
    visit(tree);
  };
}

function findCheckbox(item: Element): Element | undefined {
  const first = item.children.find((child) => child.type === 'element');
  const candidates = first?.type === 'element' && first.tagName === 'p' ? first.children : item.children;
  return candidates.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'input' && child.properties['type'] === 'checkbox',
  );
}

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'ul') return '';
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
