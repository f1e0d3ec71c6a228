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
  return defineHastPlugin({
    name: 'kb-footnote-labels',
    element: [
      {
        filter: ['h2'],
        visit(node) {
          if (node.properties['id'] !== 'footnote-label') return undefined;
          return { type: 'element', tagName: 'h2', properties: { ...node.properties }, children: [{ type: 'text', value: words['footnotes.label'] }] };
        },
      },
      {
        filter: ['a'],
        visit(node, ctx) {
          if (node.properties['dataFootnoteBackref'] !== undefined) ctx.setProperty(node, 'ariaLabel', words['footnotes.back']);
        },
      },
    ],
  });
}
