import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/translations.ts';
import { formatList } from '../../src/lib/format.ts';
import { fixtureCopy, runNode } from './helpers/run.ts';

// Issue 14, "Done when": a question with answers, offers and an asking municipality, followed
// through a build. The example content and the fixture site hold no question a municipality asks
// (the pilot documents record none), so this uses the valid fixture's made-up municipalities:
// Pivdenne (UA) asks questions/gegevens-over-terugkeer (nl, and here uk), which
// practices/goede-praktijk answers and Noordstad (NL) offered help with; Noordstad asks an open one.
const { nl } = dictionaries;
const question = 'questions/gegevens-over-terugkeer';
const root = fixtureCopy('valid', {
  [`${question}/uk.mdx`]: `---
title: Як підтримувати зв’язок із мешканцями, які зараз живуть у Нідерландах?
summary: Громада хоче знати, як інші громади підтримують зв’язок із переміщеними мешканцями і що ті думають про повернення.
themes: [services]
municipalities: [pivdenne]
organisations: [vng-international]
published: 2026-06-01
state: answered
answers: [practices/goede-praktijk]
offered_by: [noordstad]
translation: { from: nl, reviewed: false }
---

Текст.
`,
  'questions/vraag-uit-noordstad/nl.mdx': `---
title: Welke instrumenten helpen bij lokale economische ontwikkeling?
summary: Noordstad zoekt gemeenten die ervaring hebben met instrumenten voor lokale economische ontwikkeling.
themes: [economy]
municipalities: [noordstad]
published: 2026-06-15
---

Tekst.
`,
});
const content = join(root, 'content');
const dist = join(root, 'dist');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The HTML of the section headed by the element with this id, up to the section's end. */
const section = (html: string, id: string) => {
  const start = html.search(new RegExp(`<section[^>]*aria-labelledby="${id}"`));
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
};
/** An element with this text, whatever attributes the build gives it (Astro adds its own). */
const element = (name: string, text: string, attributes = '') =>
  new RegExp(`<${name}${attributes}[^>]*>${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</${name}>`);
const link = (path: string) => `href="/nl/${path}/"`;

describe('a question asked by a municipality, answered and offered help with, in a build', () => {
  let drafted = '';
  beforeAll(() => {
    // The coordinator drafts the next issue and publishes it as drafted.
    drafted = runNode([
      'scripts/draft-newsletter.ts',
      'draft',
      '--root',
      content,
      ...['--today', '2026-11-22', '--month', '2026-11', '--since', '2026-05-15'],
    ]).stdout;
    for (const lang of ['nl', 'uk', 'en']) {
      const file = join(content, `newsletters/2026-11/${lang}.mdx`);
      writeFileSync(file, readFileSync(file, 'utf8').replace('status: draft\n', ''));
    }
    const build = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
      KB_CONTENT_DIR: content,
      KB_OUT_DIR: dist,
      KB_CACHE_DIR: join(root, 'cache'),
    });
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('has its own page in each language it is written in, naming who asks and who offered help', () => {
    for (const lang of ['nl', 'uk'] as const) {
      const html = page(`${lang}/${question}`);
      const title = readFileSync(join(content, question, `${lang}.mdx`), 'utf8').match(/^title: (.+)$/m)?.[1];
      expect(html).toMatch(element('h1', title!));
      expect(html).toContain(`href="/${lang}/municipalities/pivdenne/"`);
      expect(html).toContain(`href="/${lang}/municipalities/noordstad/"`);
      expect(section(html, 'kb-answers')).toContain(`href="/${lang}/practices/goede-praktijk/"`);
    }
    // In English it has no text: the page says so and leads to the two languages it has.
    const english = page(`en/${question}`);
    expect(english).toContain(dictionaries.en['entry.missingTranslation']);
    expect(english).toContain(`href="/nl/${question}/"`);
    expect(english).toContain(`href="/uk/${question}/"`);
  });

  it('is on the questions overview, which filters by theme, state, country and municipality', () => {
    const html = page('nl/questions');
    expect(html).toMatch(
      new RegExp(`data-municipality="pivdenne" data-country="UA" data-state="answered"[^]*?${link(question)}`),
    );
    const legends = [...html.matchAll(/<legend[^>]*>([^<]+)<\/legend>/g)].map((match) => match[1]);
    expect(legends).toEqual([
      nl['filter.theme'],
      nl['filter.state'],
      nl['questions.askingCountry'],
      nl['questions.askingMunicipality'],
    ]);
    // Without JavaScript: one CSS rule per choice hides the cards that do not match.
    for (const [name, value] of [
      ['country', 'UA'],
      ['municipality', 'pivdenne'],
    ])
      expect(html).toContain(
        `.kb-listing:has([name="${name}"][value="${value}"]:checked) .kb-card:not([data-${name}~="${value}"]){display:none}`,
      );
  });

  it('is named on the entry that answers it, with who asks', () => {
    const answers = section(page('nl/practices/goede-praktijk'), 'kb-answers-question');
    expect(answers).toContain(link(question));
    const askers = formatList(['Pivdenne', 'VNG International'], 'nl');
    expect(answers).toContain(`(${nl['entry.questionOf'].replace('{askers}', askers)})`);
  });

  it('is on the profile of the asking municipality, and on the profile of the one that offered help', () => {
    expect(section(page('nl/municipalities/pivdenne'), 'kb-questions-asked')).toContain(link(question));
    const noordstad = page('nl/municipalities/noordstad');
    expect(section(noordstad, 'kb-help-offered')).toContain(link(question));
    expect(section(noordstad, 'kb-questions-asked')).toContain(link('questions/vraag-uit-noordstad'));
    expect(section(noordstad, 'kb-questions-asked')).not.toContain(link(question));
  });

  it('shows open questions, not answered ones, on the home page and the page of their theme', () => {
    for (const path of ['nl', 'nl/themes/economy']) {
      const open = section(page(path), 'kb-open-questions');
      expect(open).toContain(link('questions/vraag-uit-noordstad'));
      expect(open).not.toContain(link(question));
    }
  });

  it('is in the questions feed of each language it is written in', () => {
    const feed = (lang: string) => readFileSync(join(dist, lang, 'questions/feed.xml'), 'utf8');
    expect(feed('nl')).toContain(`<link>https://kennisbank.example.org/nl/${question}/</link>`);
    expect(feed('uk')).toContain(`<link>https://kennisbank.example.org/uk/${question}/</link>`);
    expect(feed('en')).not.toContain(question);
  });

  it('is in the newsletter draft, and in a section of its own in the published issue and its email', () => {
    expect(drafted).toContain(`in a section of their own:\n  questions/vraag-uit-noordstad (new)\n  ${question} (new)`);
    const issue = page('nl/newsletters/2026-11');
    const entries = section(issue, 'kb-in-this-issue');
    const questions = section(issue, 'kb-issue-questions');
    expect(entries).toMatch(element('h2', nl['newsletter.inThisIssue'], ' id="kb-in-this-issue"'));
    expect(entries).toContain(link('practices/goede-praktijk'));
    expect(entries).not.toContain(link(question));
    expect(questions).toMatch(element('h2', nl['newsletter.questions'], ' id="kb-issue-questions"'));
    expect(questions).toContain(link(question));
    const text = readFileSync(join(dist, 'newsletters/2026-11/nl.txt'), 'utf8');
    const heading = text.indexOf(nl['newsletter.questions'].toUpperCase());
    expect(heading).toBeGreaterThan(text.indexOf('/nl/practices/goede-praktijk/'));
    expect(text.indexOf(`/nl/${question}/`)).toBeGreaterThan(heading);
  });
});
