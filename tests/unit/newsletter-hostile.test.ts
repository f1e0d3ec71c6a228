import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildEml } from '../../src/newsletter/build-eml.ts';
import { renderEmailHtml } from '../../src/newsletter/render-email.ts';
import { renderText } from '../../src/newsletter/render-text.ts';
import { testIssue } from './helpers/newsletter-issue.ts';

// The email files of one issue, made the way src/pages/newsletters/[issue]/[file].ts makes them.

async function render(body: string) {
  const issue = testIssue(body);
  const html = await renderEmailHtml(issue);
  const text = renderText(issue);
  const eml = await buildEml(issue, html, text);
  const mail = await simpleParser(eml);
  return { html, text, eml: eml.toString('latin1'), mailHtml: String(mail.html), mailText: String(mail.text) };
}

/** Character references decoded, so `&#106;avascript&colon;` reads as what a browser would see. */
function decoded(html: string): string {
  const named: Record<string, string> = {
    colon: ':',
    tab: '\t',
    newline: '\n',
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
  };
  return html
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => named[name.toLowerCase()] ?? whole);
}

/** Every address in an href, src or other URL attribute of the HTML, decoded and without whitespace. */
function addresses(html: string): string[] {
  return [
    ...html.matchAll(
      /\b(?:href|src|srcset|action|formaction|background|poster|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi,
    ),
  ].map((match) => decoded(match[1]!.replace(/^["']|["']$/g, '')).replace(/\s+/g, ''));
}

/** The addresses the plain text gives for its links: `text (address)`. */
function textAddresses(text: string): string[] {
  return [...text.matchAll(/\(([^()\s]+)\)/g)].map((match) => match[1]!);
}

const allowed = /^(?:https:\/\/|mailto:)/;

// U4 of the security review, exactly as reproduced there: MDX reads `<Callout … / >` inside the
// image description as JSX (so the page shows only an image), CommonMark read a link.
const imageForm =
  'Welkom.\n\n![a <Callout title="](x) [Lees de hele nieuwsbrief](javascript:alert(document.domain)) ![b" / >](https://example.org/logo.png)\n';
// The second form: a reference definition inside a Callout attribute that spans blank lines.
const calloutForm =
  'Welkom.\n\n<Callout title="x\n\n[r]: javascript:alert(document.domain)\n\n[klik][r]\n\n">\nBinnen.\n</Callout>\n';

describe('newsletter email from the MDX tree (U4)', () => {
  it('the image-description form yields no javascript: anywhere in the HTML, the text or the .eml', async () => {
    const out = await render(imageForm);
    for (const [name, value] of Object.entries(out)) {
      expect(decoded(value), name).not.toMatch(/javascript|alert\(/i);
    }
    expect(out.html).not.toContain('Lees de hele nieuwsbrief');
    // Another site's image leaves only its description (issue 20: no tracking pixels in the email).
    expect(out.html).not.toContain('<img');
    expect(out.html).toContain('<p>Welkom.</p>\n<p>a </p>');
    expect(out.mailHtml).toBe(out.html);
  });

  it('carries a policy that lets no script run where the site serves the email file', async () => {
    const { html } = await render('Welkom.');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/script-src|unsafe-eval/);
  });

  it('the Callout-title form yields no link at all: the attribute stays the words of the Callout heading', async () => {
    const out = await render(calloutForm);
    for (const html of [out.html, out.mailHtml]) {
      expect(addresses(html).filter((address) => !allowed.test(address))).toEqual([]);
      expect(html).not.toMatch(/<a\b[^>]*>klik/);
      // The title is inert text, as on the site's page, collapsed to one line.
      expect(html).toContain(
        '<p><strong>x [r]: javascript:alert(document.domain) [klik][r]</strong></p>\n<p>Binnen.</p>',
      );
    }
    for (const text of [out.text, out.mailText]) {
      expect(textAddresses(text).filter((address) => /script/i.test(address))).toEqual([]);
      expect(text).toContain('\n\nx [r]: javascript:alert(document.domain) [klik][r]\n\nBinnen.\n\n');
      expect(text.match(/javascript/gi)).toHaveLength(1);
    }
  });

  it('drops every unsafe link, image and definition whatever its spelling, keeping the words', async () => {
    const body = [
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](javascript&#58;alert(1)) [d](&#106;avascript:alert(1))',
      '[e](javascript&colon;alert(1)) [f](vbscript:msgbox) [g](data:text/html,<script>alert(1)</script>)',
      '![h](javascript:alert(1)) ![i](data:image/svg+xml,x) [j][r] [k][s] ![l][r] [m](//evil.example/x) [n](/\\evil.example/x)',
      '',
      '[r]: javascript:alert(1)',
      '[s]: JAVASCRIPT&#x3A;alert(1)',
      '',
    ].join('\n');
    const out = await render(body);
    for (const [name, value] of Object.entries(out))
      expect(decoded(value), name).not.toMatch(/script:|data:|evil\.example/i);
    expect(addresses(out.html).filter((address) => !allowed.test(address))).toEqual([]);
    expect(out.text).toContain('a b c d\ne f g\nh i j k l m n');
  });

  it('keeps safe links, makes site paths absolute and drops relative files, which newsletters do not have', async () => {
    const out = await render(
      'Zie [het plan](plan.pdf), ![kaart](./kaart.png), [de handreiking](/nl/guides/handreiking/), [hier](#in-dit-nummer) en [mail](mailto:info@example.org).\n',
    );
    expect(out.html).toContain(
      '<p>Zie het plan, kaart, <a href="https://kennisbank.example.org/nl/guides/handreiking/" style="color: #154273; text-decoration: underline;">de handreiking</a>, ' +
        '<a href="https://kennisbank.example.org/nl/newsletters/2026-11/#in-dit-nummer" style="color: #154273; text-decoration: underline;">hier</a> en ' +
        '<a href="mailto:info@example.org" style="color: #154273; text-decoration: underline;">mail</a>.</p>',
    );
    expect(out.text).toContain(
      'Zie het plan, kaart, de handreiking\n(https://kennisbank.example.org/nl/guides/handreiking/), hier\n' +
        '(https://kennisbank.example.org/nl/newsletters/2026-11/#in-dit-nummer)\nen mail (info@example.org).',
    );
    expect(out.html).not.toMatch(/plan\.pdf|kaart\.png/);
  });

  it('shows the allowlisted components as plain blocks and drops expressions', async () => {
    const body = [
      'Welkom {1 + 1} bij ons.',
      '',
      '<Callout type="caution">',
      'Let op de **datum**.',
      '</Callout>',
      '',
      '<Steps>',
      '1. Eerst dit',
      '2. Dan dat',
      '</Steps>',
      '',
      '<Figure src="kaart.png" alt="Kaart" caption="De kaart van de regio" />',
      '',
      'Een voetnoot.[^1]',
      '',
      '[^1]: Bron: [het rapport](https://example.org/rapport).',
      '',
    ].join('\n');
    const out = await render(body);
    expect(out.html).toContain(
      '<p>Welkom  bij ons.</p>\n<p><strong>Waarschuwing</strong></p>\n<p>Let op de <strong>datum</strong>.</p>\n' +
        '<ol>\n<li>Eerst dit</li>\n<li>Dan dat</li>\n</ol>\n<p><em>De kaart van de regio</em></p>\n<p>Een voetnoot.[1]</p>\n' +
        '<p><strong>Voetnoten</strong></p>\n<ol>\n<li>Bron: <a href="https://example.org/rapport"',
    );
    expect(out.html).not.toMatch(/kaart\.png|#user-content|<input/);
    expect(out.text).toContain(
      'Welkom bij ons.\n\nWaarschuwing\n\nLet op de datum.\n\n1. Eerst dit\n2. Dan dat\n\nDe kaart van de regio\n\nEen voetnoot.[1]\n\n' +
        'Voetnoten\n\n1. Bron: het rapport (https://example.org/rapport).\n',
    );
  });
});

describe('the .eml', () => {
  it('is byte for byte the same for the same issue, with the date, Message-ID and boundary of the issue', async () => {
    const body =
      'Welkom bij de nieuwsbrief, met [een link](https://example.org/) en een lange regel die de quoted-printable-codering laat afbreken.\n';
    const first = await render(body);
    const second = await render(body);
    expect(second.eml).toBe(first.eml);
    expect(first.eml).toContain('Date: Fri, 20 Nov 2026 00:00:00 +0000\r\n');
    expect(first.eml).toContain('Message-ID: <newsletter-2026-11-nl@kennisbank.example.org>\r\n');
    const other = await render(`${body}\nNog een zin.\n`);
    const boundary = (eml: string) => /boundary="([^"]+)"/.exec(eml)?.[1];
    expect(boundary(other.eml)).not.toBe(boundary(first.eml));
  });
});
