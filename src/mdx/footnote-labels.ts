import type { ElementContent } from 'hast';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { dictionaries } from '../i18n/translations.ts';
import { documentPath, entryLang } from './entry-lang.ts';

/**
 * The GFM footnotes section is labelled in English ("Footnotes", "Back to reference 1") for every
 * file; this gives it the words of the entry's own language, taken from its file name (`uk.mdx`).
 * A Sätteri hast plugin; a body without a footnote (`[^`) skips it.
 */
export function footnoteLabels(context: PluginFactoryContext) {
  const lang = entryLang(documentPath(context.fileURL));
  if (!lang || !context.source.includes('[^')) return null;
  const words = dictionaries[lang];
  const label = { type: 'text' as const, value: words['footnotes.label'] };
  // One visit per body: the footnotes section, whose heading and back links are relabelled.
  return defineHastPlugin({
    name: 'kb-footnote-labels',
    element: {
      filter: ['section'],
      visit(section, ctx) {
        if (section.properties['dataFootnotes'] === undefined) return;
        const stack: ElementContent[] = [...section.children];
        for (let node = stack.pop(); node; node = stack.pop()) {
          if (node.type !== 'element') continue;
          if (node.properties['id'] === 'footnote-label')
            ctx.replaceNode(node, { ...node, properties: { ...node.properties }, children: [label] });
          else if (node.properties['dataFootnoteBackref'] !== undefined)
            ctx.setProperty(node, 'ariaLabel', words['footnotes.back']);
          else stack.push(...node.children);
        }
      },
    },
  });
}
