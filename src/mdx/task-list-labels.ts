import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';

/**
 * GitHub task lists render as bare checkboxes, which screen readers announce without a name
 * (WCAG 4.1.2). Each checkbox gets the text of its list item (without nested lists) as its
 * accessible name. A Sätteri hast plugin; a body without `[ ]` or `[x]` skips it.
 */
export function taskListLabels(context: PluginFactoryContext) {
  if (!/\[[ xX]\]/.test(context.source)) return null;
  return defineHastPlugin({
    name: 'kb-task-list-labels',
    element: {
      filter: ['li'],
      visit(node, ctx) {
        // Every list item crosses into JavaScript; only a task item's children are read.
        const className = node.properties['className'];
        if (!Array.isArray(className) || !className.includes('task-list-item')) return;
        const checkbox = findCheckbox(node);
        if (checkbox) ctx.setProperty(checkbox, 'ariaLabel', node.children.map(textOf).join('').trim());
      },
    },
  });
}

function findCheckbox(item: Readonly<Element>): Element | undefined {
  const first = item.children.find((child) => child.type === 'element');
  const candidates = first?.type === 'element' && first.tagName === 'p' ? first.children : item.children;
  return candidates.find(
    (child): child is Element =>
      child.type === 'element' && child.tagName === 'input' && child.properties['type'] === 'checkbox',
  );
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol')) return '';
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
