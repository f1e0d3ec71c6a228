import { langs } from '../i18n/locales.ts';

/**
 * The components an entry may use in its MDX body, and the attributes each accepts.
 * This is the single reviewable allowlist: the content check rejects everything else, and
 * `src/mdx/render-entry-body.ts` renders exactly these names, as plain elements.
 * Attribute values are always plain strings; `values` limits them, `file` means "a file in the entry folder".
 */
export interface AttributeRule {
  required?: boolean;
  values?: readonly string[];
  file?: boolean;
}

export const allowedComponents = {
  /** A highlighted remark: `<Callout type="tip" title="…">…</Callout>`. */
  Callout: { type: { values: ['note', 'tip', 'caution'] }, title: {} },
  /** Wraps the ordered list of a guide's steps: `<Steps>` + `1. …` + `</Steps>`. */
  Steps: {},
  /** An image from the entry folder with a caption: `<Figure src="kaart.png" alt="…" caption="…" />`. */
  Figure: { src: { required: true, file: true }, alt: { required: true }, caption: {} },
  /**
   * Words in another of the site's languages, such as a Dutch source title in a Ukrainian text:
   * `<Lang code="nl">…</Lang>`, so that screen readers pronounce them right (WCAG 3.1.2).
   */
  Lang: { code: { required: true, values: langs } },
} as const satisfies Record<string, Record<string, AttributeRule>>;

export type AllowedComponent = keyof typeof allowedComponents;

export const allowedComponentNames = Object.keys(allowedComponents) as AllowedComponent[];
