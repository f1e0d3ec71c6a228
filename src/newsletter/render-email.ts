import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import mjml2html from 'mjml';
import { siteAddress } from '../mdx/site-links.ts';
import type { NewsletterContent, NewsletterItem } from './newsletter.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The email file is also served on the site's origin (/newsletters/<issue>/<lang>.html): no script
// may run there whatever a body holds, and images come only from the site (no tracking pixels).
// Mail programs ignore the policy; the email needs inline CSS. The site is its address under the
// base path (`https://owner.github.io/repo/`, a path ending in / covers what is below it), or
// its origin alone when it has none.
const emailPolicy = (site: string) =>
  `default-src 'none'; img-src ${site}; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'`;
const siteSource = (page: string) => siteAddress('/', page).replace(/^(https?:\/\/[^/]+)\/$/u, '$1');

// Colours meet WCAG AA on both backgrounds; dark mode swaps them where the mail program allows.
const colour = { text: '#1b1b1b', muted: '#4a4a4a', link: '#154273', band: '#154273', surface: '#f3f3f3' };

/**
 * The HTML part of the email, made with MJML: table layout and inline CSS that mail programs
 * understand, no images of its own (so nothing is lost when they are blocked), no scripts and no
 * external stylesheets, and links that are absolute.
 */
export async function renderEmailHtml(content: NewsletterContent): Promise<string> {
  // The introduction is already the checked MDX tree with safe, absolute links (intro.ts); raw HTML
  // cannot occur in it, and mdast-util-to-hast would drop it anyway.
  const intro = toHtml(toHast(content.intro));
  const cards = (items: NewsletterItem[]) =>
    items
      .map(
        (item) => `
      <mj-section padding="0 0 16px" background-color="#ffffff">
        <mj-column border-left="4px solid ${colour.band}" padding-left="12px">
          <mj-text css-class="muted" font-size="13px" font-weight="700" color="${colour.muted}" padding="0 0 4px">${escape(item.kind)}</mj-text>
          <mj-text font-size="19px" font-weight="700" padding="0 0 6px"${item.lang ? ` css-class="lang-${item.lang}"` : ''}>
            <a href="${escape(item.url)}"${item.lang ? ` lang="${item.lang}"` : ''}>${escape(item.title)}</a>
          </mj-text>
          <mj-text padding="0 0 6px"><p${item.lang ? ` lang="${item.lang}"` : ''} style="margin:0">${escape(item.summary)}</p></mj-text>
          <mj-text padding="0"><a href="${escape(item.url)}">${escape(content.words.readMore)}<span style="display:none"> – ${escape(item.title)}</span></a></mj-text>
        </mj-column>
      </mj-section>`,
      )
      .join('');
  // The entries, then the questions to the network and the events in sections of their own; a list left empty
  // leaves out its heading too.
  const section = (heading: string, items: NewsletterItem[]) =>
    items.length === 0
      ? ''
      : `
    <mj-section padding="8px 24px 0">
      <mj-column>
        <mj-text padding="0 0 12px"><h2 style="margin:0;font-size:21px">${escape(heading)}</h2></mj-text>
      </mj-column>
    </mj-section>
    <mj-wrapper padding="0 24px">${cards(items)}</mj-wrapper>`;

  const source = `<mjml lang="${content.lang}" dir="ltr">
  <mj-head>
    <mj-title>${escape(content.title)}</mj-title>
    <mj-preview>${escape(
      [...content.items, ...content.questions, ...content.events]
        .map((item) => item.title)
        .join(' · ')
        .slice(0, 140),
    )}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="16px" line-height="1.5" color="${colour.text}" />
    </mj-attributes>
    <mj-style inline="inline">
      a { color: ${colour.link}; text-decoration: underline; }
      h1, h2, h3 { line-height: 1.25; }
    </mj-style>
    <mj-style>
      :root { color-scheme: light dark; supported-color-schemes: light dark; }
      @media (prefers-color-scheme: dark) {
        body, .body, .kb-page, .kb-page div, .kb-page table, .kb-page td { background-color: #121212 !important; color: #f2f2f2 !important; }
        .kb-page a { color: #9cc3ff !important; }
        .muted div { color: #c8c8c8 !important; }
      }
    </mj-style>
    <mj-raw><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"></mj-raw>
    <mj-raw><meta http-equiv="Content-Security-Policy" content="${emailPolicy(siteSource(content.onlineUrl))}"></mj-raw>
  </mj-head>
  <mj-body background-color="#ffffff" width="640px" css-class="kb-page">
    <mj-section background-color="${colour.band}" padding="16px 24px">
      <mj-column>
        <mj-text color="#ffffff" font-size="18px" font-weight="700" padding="0">${escape(content.words.siteName)}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section padding="24px 24px 8px">
      <mj-column>
        <mj-text padding="0"><h1 style="margin:0 0 4px;font-size:26px">${escape(content.title)}</h1></mj-text>
        <mj-text css-class="muted" color="${colour.muted}" padding="0 0 16px">${escape(content.date)}</mj-text>
        <mj-text padding="0">${intro}</mj-text>
      </mj-column>
    </mj-section>
    ${section(content.words.inThisIssue, content.items)}${section(content.words.questions, content.questions)}${section(content.words.events, content.events)}
    <mj-section padding="16px 24px 24px" background-color="${colour.surface}">
      <mj-column>
        <mj-text padding="0 0 8px"><a href="${escape(content.onlineUrl)}">${escape(content.words.viewOnline)}</a></mj-text>
        <mj-text css-class="muted" color="${colour.muted}" font-size="13px" padding="0">${escape(content.words.footer)}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  const { html, errors } = await mjml2html(source, { validationLevel: 'strict', minify: false });
  if (errors.length > 0)
    throw new Error(`Newsletter ${content.issue}/${content.lang}: ${errors.map((e) => e.formattedMessage).join('; ')}`);
  return html;
}
