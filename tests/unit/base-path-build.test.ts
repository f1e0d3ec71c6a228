import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNode } from './helpers/run.ts';

// The fixture site (tests/fixtures/site, whose texts link to site paths such as
// /nl/guides/routekaart-voor-ontheemden/) built as a fork's GitHub Pages project site would be, with
// its own address and the editors' mailbox set as deploy.yml sets them.
const site = 'https://kennisbank.test/kb/';
const base = '/kb/';
const mailbox = 'redactie@kennisbank.test';

describe('the fixture site built under /kb/ with its own address and mailbox', () => {
  const root = mkdtempSync(join(tmpdir(), 'kb-base-path-'));
  const dist = join(root, 'dist');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let build: ReturnType<typeof runNode>;
  beforeAll(() => {
    build = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
      KB_CONTENT_DIR: 'tests/fixtures/site',
      KB_OUT_DIR: dist,
      KB_CACHE_DIR: join(root, 'cache'),
      SITE_URL: site,
      KB_EDITORS_EMAIL: mailbox,
    });
  }, 180_000);
  const files = (...extensions: string[]) =>
    readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      extensions.some((extension) => file.endsWith(extension)),
    );
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');

  /** Every address in a text that leaves /kb/: root-relative ones outside it, absolute ones to the site's host outside it. */
  const outside = (text: string) => [
    ...[...text.matchAll(/(?:href|src|action|content|poster)="(\/[^"]*)"/g)]
      .map((match) => match[1]!)
      .filter((url) => !url.startsWith(base) && !url.startsWith('//')),
    ...[...text.matchAll(/srcset="([^"]*)"/g)]
      .flatMap((match) => match[1]!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!))
      .filter((url) => url.startsWith('/') && !url.startsWith(base)),
    ...[...text.matchAll(/https?:\/\/kennisbank\.test[^\s"'<>)\]]*/g)]
      .map((match) => match[0])
      .filter((url) => !url.startsWith(site)),
  ];

  it("builds, without a warning about the address or the mailbox, and links an entry's site paths under /kb/", () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output).not.toMatch(/SITE_URL|KB_EDITORS_EMAIL/);
    const page = read('nl/practices/netwerk-van-sleutelfiguren/index.html');
    expect(page).toContain('href="/kb/nl/guides/routekaart-voor-ontheemden/"');
    expect(page).toContain('href="/kb/nl/practices/integrale-dienstverlening-aalsmeer/#aanleiding"');
  });

  it('no page, feed, sitemap or manifest refers outside /kb/; scripts lead under it too', () => {
    const pages = files('.html', '.xml', '.webmanifest', '.json', '.txt');
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.filter((file) => file.endsWith('.xml')).length).toBeGreaterThan(5);
    const found = pages.flatMap((file) => outside(read(file)).map((url) => `${file}: ${url}`));
    // Inline scripts: a quoted site path (the root page's language redirect) stays under /kb/.
    for (const file of files('.html'))
      for (const [, script = ''] of read(file).matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g))
        for (const [, url = ''] of script.matchAll(/["'](\/[^"'\s]*)["']/g))
          if (!url.startsWith(base)) found.push(`${file} (script): ${url}`);
    expect(found).toEqual([]);
  });

  it('the newsletter email, HTML and text link only under /kb/, body links included', async () => {
    const emails = files('.eml');
    expect(emails.length).toBeGreaterThan(0);
    for (const file of emails) {
      const mail = await simpleParser(readFileSync(join(dist, file)));
      expect(outside(`${mail.html}\n${mail.text}`), file).toEqual([]);
    }
    const html = read('newsletters/2026-10/nl.html');
    expect(html).toContain(`href="${site}nl/guides/vraaggestuurde-samenwerking/"`);
    expect(read('newsletters/2026-10/nl.txt')).toContain(`(${site}nl/guides/vraaggestuurde-samenwerking/)`);
  });

  it("Python's email module reads the .eml: from and reply-to the editors, links only to the site's address", () => {
    // The coordinator's mail program stands in here as Python's standard library.
    const script = `
import email, json, re, sys
from email import policy
message = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
parts = {part.get_content_type(): part.get_content() for part in message.walk() if part.get_content_maintype() == 'text'}
html, text = parts['text/html'], parts['text/plain']
print(json.dumps({
  'from': [a.addr_spec for a in message['From'].addresses],
  'replyTo': [a.addr_spec for a in message['Reply-To'].addresses],
  'unsent': message['X-Unsent'],
  'links': re.findall(r'(?:href|src)="([^"]*)"', html) + re.findall(r'https?://[^\\s)]+', text),
}))
`;
    const result = spawnSync('python3', ['-c', script, join(dist, 'newsletters/2026-10/nl.eml')], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const eml = JSON.parse(result.stdout) as { from: string[]; replyTo: string[]; unsent: string; links: string[] };
    expect(eml.from).toEqual([mailbox]);
    expect(eml.replyTo).toEqual([mailbox]);
    expect(eml.unsent).toBe('1');
    expect(eml.links.length).toBeGreaterThan(5);
    expect(eml.links).toContain(`${site}nl/guides/vraaggestuurde-samenwerking/`);
    expect(eml.links.filter((link) => !link.startsWith(site))).toEqual([]);
  });
});

describe('a build with the placeholder mailbox', () => {
  it('prints one warning line that says what to set', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-placeholder-'));
    try {
      // The broken fixture: the content check stops the build right after the warning, which keeps this test short.
      const { output } = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
        KB_CONTENT_DIR: 'tests/fixtures/broken',
        KB_OUT_DIR: join(root, 'dist'),
        KB_CACHE_DIR: join(root, 'cache'),
        SITE_URL: site,
        KB_EDITORS_EMAIL: '',
      });
      expect(output).toContain('The content check found');
      const warnings = output.split('\n').filter((line) => /\[WARN\]/.test(line));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        /\[WARN\] \[kb:send-ready\] KB_EDITORS_EMAIL is not set: the share page and the newsletter emails \(From, Reply-To\) give the placeholder redactie@kennisbank\.example\.org; set KB_EDITORS_EMAIL to the editors' functional mailbox \(for deploy\.yml: a repository variable of that name\)$/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
