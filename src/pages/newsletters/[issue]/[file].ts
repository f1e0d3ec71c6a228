import type { APIRoute, GetStaticPaths } from 'astro';
import { buildEml } from '../../../newsletter/build-eml.ts';
import { getNewsletterIssues, newsletterContent, type NewsletterEntry } from '../../../newsletter/issues.ts';
import { renderEmailHtml } from '../../../newsletter/render-email.ts';
import { renderText } from '../../../newsletter/render-text.ts';

const formats = { html: 'text/html; charset=utf-8', txt: 'text/plain; charset=utf-8', eml: 'message/rfc822' } as const;

/** /newsletters/<issue>/<lang>.html, .txt and .eml: the issue as email, for coordinators. */
export const getStaticPaths: GetStaticPaths = async () =>
  (await getNewsletterIssues()).flatMap(({ issue, versions }) =>
    Object.entries(versions).flatMap(([lang, entry]) =>
      Object.keys(formats).map((format) => ({ params: { issue, file: `${lang}.${format}` }, props: { entry } })),
    ),
  );

// The three files of one issue and language come from one rendering.
const rendered = new Map<string, Promise<Record<keyof typeof formats, string | Uint8Array<ArrayBuffer>>>>();

async function render(entry: NewsletterEntry, site: URL) {
  const content = await newsletterContent(entry, site);
  const html = await renderEmailHtml(content);
  const text = renderText(content);
  const eml: Uint8Array<ArrayBuffer> = new Uint8Array(await buildEml(content, html, text));
  return { html, txt: text, eml };
}

export const GET: APIRoute<{ entry: NewsletterEntry }> = async ({ params, props, site }) => {
  const format = String(params['file']).split('.')[1] as keyof typeof formats;
  let files = rendered.get(props.entry.id);
  if (!files) {
    files = render(props.entry, site!);
    rendered.set(props.entry.id, files);
  }
  return new Response((await files)[format], { headers: { 'content-type': formats[format] } });
};
