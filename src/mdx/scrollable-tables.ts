import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { dictionaries } from '../i18n/translations.ts';
import { documentPath, entryLang } from './entry-lang.ts';

/**
 * Wide tables scroll sideways inside their own box instead of widening a phone screen. The box is
 * a labelled, focusable region, so keyboard users can scroll it too (WCAG 2.1.1). Column alignment
 * is written `text-align:left` without a space, exactly the three style attributes the
 * Content-Security-Policy allows by hash (astro.config.mjs): the MDX optimiser writes static HTML
 * from this tree as it is. A Sätteri hast plugin; a body without a `|` skips it.
 */
export function scrollableTables(context: PluginFactoryContext) {
  if (!context.source.includes('|')) return null;
  const label = dictionaries[entryLang(documentPath(context.fileURL)) ?? 'en']['table.label'];
  return defineHastPlugin({
    name: 'kb-scrollable-tables',
    element: [
      {
        filter: ['table'],
        visit(node, ctx) {
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['kb-table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label },
            children: [],
          });
        },
      },
      {
        filter: ['th', 'td'],
        visit(node, ctx) {
          const style = node.properties['style'];
          if (typeof style === 'string' && /\s/.test(style)) ctx.setProperty(node, 'style', style.replace(/\s+/g, ''));
        },
      },
    ],
  });
}
