import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/translations.ts';
import { fixtureTrees, runNode } from './helpers/run.ts';

const trees = fixtureTrees();
const tree = () => trees.next();
afterEach(() => trees.cleanup());
const draft = (content: string, ...args: string[]) =>
  runNode(['scripts/draft-newsletter.ts', 'draft', '--root', content, '--today', '2026-11-22', ...args]);

describe('npm run newsletter -- draft', () => {
  it('drafts the next issue in every language from the entries changed since the last issue', () => {
    const content = tree();
    // The fixture's entries date from spring 2026, before its last issue; --since reaches back to them.
    const result = draft(content, '--since', '2026-03-15', '--month', '2026-11');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      'with 2 entries changed after 2026-03-15:\n  practices/goede-praktijk\n  guides/handreiking\n' +
        'and 1 question asked or answered after 2026-03-15, in a section of their own:\n  questions/gegevens-over-terugkeer (new)\n',
    );
    const uk = readFileSync(join(content, 'newsletters/2026-11/uk.mdx'), 'utf8');
    expect(uk).toBe(
      '---\ntitle: Бюлетень, листопад 2026 р.\npublished: 2026-11-22\nstatus: draft\nentries:\n  - practices/goede-praktijk\n  - guides/handreiking\n  - questions/gegevens-over-terugkeer\n---\n\n' +
        'Напишіть тут вступ до цього випуску: що відбулося у мережі й чому ці матеріали важливі.\n\n' +
        'Після матеріалів іде розділ із запитаннями до мережі: запитання, поставлені після попереднього випуску, і запитання, які отримали відповідь.\n\n' +
        // The fixture's webinar of 13 October 2026 has a report: its own section, in the reader's time zones.
        '## Звіти про минулі події\n\n' +
        '- [Webinar over contact met inwoners in Nederland](/uk/events/webinar-terugkeer/): 13 жовтня 2026\u202fр., 10:00–11:30 (за центральноєвропейським літнім часом) (11:00–12:30 (за східноєвропейським літнім часом))\n',
    );
    expect(readFileSync(join(content, 'newsletters/2026-11/nl.mdx'), 'utf8')).toContain(
      'title: Nieuwsbrief november 2026\n',
    );
    expect(runNode(['scripts/check-content.ts', '--root', content]).status).toBe(0);
  });

  it('starts from the date of the last issue by default, and says when there is nothing new', () => {
    const result = draft(tree(), '--month', '2026-11');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'No entries were published or updated and no questions asked or answered after 2026-10-01; nothing drafted.\n',
    );
  });

  it('never overwrites an issue', () => {
    const result = draft(tree(), '--month', '2026-10', '--since', '2026-01-01');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /newsletters\/2026-10 exists already; edit that issue or choose another --month\.\n$/,
    );
  });

  it('puts new and newly answered questions after the entries, and says so in the introduction', () => {
    const content = tree();
    const write = (path: string, text: string) => {
      mkdirSync(join(content, path, '..'), { recursive: true });
      writeFileSync(join(content, path), text);
    };
    const question = (slug: string, fields: string) =>
      write(
        `questions/${slug}/nl.mdx`,
        `---\ntitle: Vraag ${slug}\nsummary: Een gemeente wil weten hoe andere gemeenten dit aanpakken en wat werkt.\nthemes: [services]\norganisations: [vng-international]\n${fields}\n---\n\nWat we nodig hebben.\n`,
      );
    // Asked before the last issue (2026-10-01), answered since by a practice published after it.
    write(
      'practices/nieuw-antwoord/nl.mdx',
      '---\ntitle: Een nieuw antwoord\nsummary: Een praktijk die na het vorige nummer verscheen en een vraag beantwoordt.\nthemes: [services]\npublished: 2026-10-20\n---\n\nTekst.\n',
    );
    question(
      'beantwoord-door-nieuwe-praktijk',
      'published: 2026-05-01\nstate: answered\nanswers: [practices/nieuw-antwoord]',
    );
    // Asked before, marked answered in an update after the last issue, with an older answer.
    question(
      'beantwoord-bij-update',
      'published: 2026-05-01\nupdated: 2026-11-02\nstate: answered\nanswers: [guides/handreiking]',
    );
    // Asked after the last issue.
    question('nieuwe-vraag', 'published: 2026-11-10');
    // Not in the issue: answered long ago, still open, closed, a draft.
    question('lang-geleden-beantwoord', 'published: 2026-05-01\nstate: answered\nanswers: [guides/handreiking]');
    question('nog-open', 'published: 2026-05-01\nupdated: 2026-11-03');
    question('gesloten', 'published: 2026-05-01\nupdated: 2026-11-03\nstate: closed');
    question('concept', 'published: 2026-11-12\nstatus: draft');

    const result = draft(content, '--month', '2026-11');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      'with 1 entries changed after 2026-10-01:\n  practices/nieuw-antwoord\n' +
        'and 3 questions asked or answered after 2026-10-01, in a section of their own:\n' +
        '  questions/nieuwe-vraag (new)\n  questions/beantwoord-bij-update (answered)\n  questions/beantwoord-door-nieuwe-praktijk (answered)\n',
    );
    const nl = readFileSync(join(content, 'newsletters/2026-11/nl.mdx'), 'utf8');
    expect(nl).toContain(
      'entries:\n  - practices/nieuw-antwoord\n  - questions/nieuwe-vraag\n  - questions/beantwoord-bij-update\n  - questions/beantwoord-door-nieuwe-praktijk\n---\n',
    );
    for (const lang of ['nl', 'uk', 'en'] as const) {
      const text = readFileSync(join(content, `newsletters/2026-11/${lang}.mdx`), 'utf8');
      expect(
        text.includes(
          `---\n\n${dictionaries[lang]['newsletter.draftIntro']}\n\n${dictionaries[lang]['newsletter.draftQuestions']}\n`,
        ),
      ).toBe(true);
    }
    expect(runNode(['scripts/check-content.ts', '--root', content]).stdout).toMatch(/^Content is valid/);
  });

  it('drafts an issue when only questions are new, and leaves the questions sentence out when there are none', () => {
    const content = tree();
    mkdirSync(join(content, 'questions/alleen-een-vraag'), { recursive: true });
    writeFileSync(
      join(content, 'questions/alleen-een-vraag/en.mdx'),
      '---\ntitle: Only a question\nsummary: A municipality wants to know how others keep in touch with residents abroad.\nthemes: [services]\nmunicipalities: [pivdenne]\npublished: 2026-11-05\n---\n\nWhat we need.\n',
    );
    const result = draft(content, '--month', '2026-11');
    expect(result.stdout).toContain(
      'with 0 entries changed after 2026-10-01:\nand 1 question asked or answered after 2026-10-01, in a section of their own:\n  questions/alleen-een-vraag (new)\n',
    );
    expect(readFileSync(join(content, 'newsletters/2026-11/en.mdx'), 'utf8')).toContain(
      'entries:\n  - questions/alleen-een-vraag\n---\n',
    );

    const withoutQuestions = tree();
    mkdirSync(join(withoutQuestions, 'practices/alleen-een-praktijk'), { recursive: true });
    writeFileSync(
      join(withoutQuestions, 'practices/alleen-een-praktijk/en.mdx'),
      '---\ntitle: Only a practice\nsummary: A practice published after the last issue, with no question asked or answered since.\nthemes: [services]\npublished: 2026-11-05\n---\n\nText.\n',
    );
    expect(draft(withoutQuestions, '--month', '2026-12').stdout).toMatch(
      /\.mdx with 1 entries changed after 2026-10-01:\n {2}practices\/alleen-een-praktijk\n$/,
    );
    expect(readFileSync(join(withoutQuestions, 'newsletters/2026-12/en.mdx'), 'utf8')).not.toContain(
      dictionaries.en['newsletter.draftQuestions'],
    );
  });
});
