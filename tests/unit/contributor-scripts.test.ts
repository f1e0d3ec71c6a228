import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { publishedFileTypes } from '../../src/content-check/entry-files.ts';
import { formatBytes, limits } from '../../src/content-check/limits.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureTrees, runNode } from './helpers/run.ts';

const trees = fixtureTrees();
const tree = () => trees.next();
afterEach(() => trees.cleanup());

const check = (content: string) => runNode(['scripts/check-content.ts', '--root', content]);

describe('npm run new', () => {
  for (const kind of ['practice', 'guide', 'case', 'event'] as const) {
    it(`creates a ${kind} from flags that passes the check`, () => {
      const content = tree();
      const result = runNode([
        'scripts/new-entry.ts',
        ...[
          '--root',
          content,
          '--kind',
          kind,
          '--slug',
          `nieuwe-${kind}`,
          '--lang',
          'uk',
          '--title',
          'Нова добра практика',
        ],
        ...['--themes', 'housing,services', '--municipalities', 'pivdenne'],
      ]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const collection = { practice: 'practices', guide: 'guides', case: 'cases', event: 'events' }[kind];
      const text = readFileSync(join(content, collection, `nieuwe-${kind}`, 'uk.mdx'), 'utf8');
      expect(text).toContain('title: Нова добра практика\n');
      expect(text).toContain('themes: [housing, services]\n');
      expect(text).toContain('status: draft\n');
      expect(check(content).status).toBe(0);
    });
  }

  it('asks for what the flags leave out, with piped answers, and suggests a slug', () => {
    const content = tree();
    const answers =
      ['guide', 'nl', 'Vraaggestuurd samenwerken in het netwerk', '', 'wonen', 'housing', ''].join('\n') + '\n';
    const result = spawnSync(process.execPath, ['scripts/new-entry.ts', '--root', content], {
      input: answers,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Folder name (slug) [vraaggestuurd-samenwerken-in-het-netwerk]:');
    expect(result.stdout).toContain('  housing (Thema housing)');
    expect(result.stderr).toBe('Unknown theme "wonen"; expected one of economy, housing, services.\n');
    expect(readFileSync(join(content, 'guides/vraaggestuurd-samenwerken-in-het-netwerk/nl.mdx'), 'utf8')).toContain(
      '<Steps>',
    );
    expect(check(content).status).toBe(0);
  });

  it('refuses to overwrite an entry and says which file exists', () => {
    const content = tree();
    const result = runNode([
      'scripts/new-entry.ts',
      ...['--root', content, '--kind', 'practice', '--slug', 'goede-praktijk', '--lang', 'nl', '--title', 'Dubbel'],
      ...['--themes', 'housing', '--municipalities', ''],
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /practices\/goede-praktijk\/nl\.mdx exists already; choose another slug or edit that file\.\n$/,
    );
    expect(readFileSync(join(content, 'practices/goede-praktijk/nl.mdx'), 'utf8')).toContain(
      'title: Een goede praktijk',
    );
  });

  it('creates a question from flags, with its asking municipality and organisation, that passes the check', () => {
    const content = tree();
    const result = runNode([
      'scripts/new-entry.ts',
      ...[
        '--root',
        content,
        '--kind',
        'question',
        '--slug',
        'contact-met-inwoners',
        '--lang',
        'en',
        '--title',
        'How do we keep in touch with residents abroad?',
      ],
      ...['--themes', 'services', '--municipalities', 'pivdenne', '--organisations', 'vng-international'],
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = readFileSync(join(content, 'questions/contact-met-inwoners/en.mdx'), 'utf8');
    expect(text).toContain('title: How do we keep in touch with residents abroad?\n');
    expect(text).toContain('municipalities: [pivdenne]\norganisations: [vng-international]\n');
    expect(text).toContain('state: open\n');
    expect(text).toContain('status: draft\n');
    expect(check(content).status).toBe(0);
  });

  it('asks who asks a question, and asks again while nobody does', () => {
    const content = tree();
    const answers =
      ['question', 'uk', 'Як підтримувати зв’язок з мешканцями?', '', 'services', '', '', 'vng-international'].join(
        '\n',
      ) + '\n';
    const result = spawnSync(process.execPath, ['scripts/new-entry.ts', '--root', content], {
      input: answers,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Kind (practice, guide, case, question, event):');
    expect(result.stdout).toContain('Asking municipalities, separated by commas (empty if an organisation asks):');
    expect(result.stdout).toContain(
      'Asking organisations, separated by commas:\n  vng-international (VNG International)',
    );
    expect(result.stderr).toBe('A question needs at least one asker; give an asking municipality or organisation.\n');
    const text = readFileSync(join(content, 'questions/yak-pidtrymuvaty-zviazok-z-meshkantsiamy/uk.mdx'), 'utf8');
    expect(text).toContain('municipalities: []\norganisations: [vng-international]\n');
    expect(check(content).status).toBe(0);
  });

  it('refuses a question without an asker given as flags, and writes nothing', () => {
    const content = tree();
    const result = runNode([
      'scripts/new-entry.ts',
      ...[
        '--root',
        content,
        '--kind',
        'question',
        '--slug',
        'zonder-vrager',
        '--lang',
        'nl',
        '--title',
        'Wie vraagt dit?',
      ],
      ...['--themes', 'services', '--municipalities', '', '--organisations', ''],
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('A question needs at least one asker; give an asking municipality or organisation.\n');
    expect(existsSync(join(content, 'questions/zonder-vrager'))).toBe(false);
  });

  it('names an unknown asking organisation given as a flag', () => {
    const result = runNode([
      'scripts/new-entry.ts',
      ...['--root', tree(), '--kind', 'question', '--slug', 'x-y', '--lang', 'en', '--title', 'A question'],
      ...['--themes', 'economy', '--municipalities', '', '--organisations', 'vng'],
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('Unknown organisation "vng"; expected one of vng-international.\n');
  });

  it('names an unknown kind given as a flag', () => {
    const result = runNode([
      'scripts/new-entry.ts',
      '--root',
      tree(),
      '--kind',
      'vraag',
      '--slug',
      'x-y',
      '--lang',
      'nl',
      '--title',
      'Een vraag',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('Unknown kind "vraag"; expected one of practice, guide, case, question, event.\n');
  });

  it('names an unknown municipality given as a flag', () => {
    const result = runNode([
      'scripts/new-entry.ts',
      ...['--root', tree(), '--kind', 'case', '--slug', 'x-y', '--lang', 'en', '--title', 'A case'],
      ...['--themes', 'economy', '--municipalities', 'kyiv'],
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('Unknown municipality "kyiv"; expected one of noordstad, pivdenne.\n');
  });
});

describe('npm run translate', () => {
  it('starts an unreviewed draft translation from the original that passes the check', () => {
    const content = tree();
    const result = runNode(['scripts/translate-entry.ts', 'practices/goede-praktijk', '--to', 'en', '--root', content]);
    expect(result.status).toBe(0);
    const text = readFileSync(join(content, 'practices/goede-praktijk/en.mdx'), 'utf8');
    expect(text).toContain('status: draft\n');
    expect(text).toContain('translation: {from: nl, reviewed: false}\n');
    expect(text).toContain('title: Een goede praktijk');
    expect(check(content).status).toBe(0);
  });

  it('refuses a language the entry has already', () => {
    const result = runNode(['scripts/translate-entry.ts', 'practices/goede-praktijk', '--to', 'uk', '--root', tree()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/practices\/goede-praktijk\/uk\.mdx exists already; edit it instead\.\n$/);
  });
});

describe('npm run report', () => {
  it('lists missing languages, unreviewed translations, stale entries, lonely municipalities and broken links', () => {
    const content = tree();
    runNode([
      'scripts/new-entry.ts',
      '--root',
      content,
      '--kind',
      'practice',
      '--slug',
      'met-link',
      '--lang',
      'nl',
      '--title',
      'Met een link',
      '--themes',
      'housing',
      '--municipalities',
      '',
    ]);
    const file = join(content, 'practices/met-link/nl.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      `${text}\nZie [de oude pagina](/nl/practices/bestaat-niet/) en [Pivdenne](/uk/municipalities/pivdenne/).\n`,
    );
    const { status, stdout } = runNode(['scripts/report-content.ts', '--root', content, '--today', '2027-06-01']);
    expect(status).toBe(0);
    expect(stdout).toContain('## Entries missing a language (7)');
    expect(stdout).toContain('| guides/handreiking | nl | uk, en |');
    expect(stdout).toContain('| questions/gegevens-over-terugkeer | nl | uk, en |');
    expect(stdout).toContain('## Unreviewed translations (1)');
    expect(stdout).toMatch(/\| .*practices\/goede-praktijk\/uk\.mdx \| nl \|/);
    expect(stdout).toContain('## Not updated for 12 months (since 2026-06-01) (3)');
    expect(stdout).toContain('## Municipalities without entries (0)');
    expect(stdout).toMatch(
      /## Broken links inside the site \(1\)\n\n\| file \| line \| link \|\n\| --- \| --- \| --- \|\n\| .*practices\/met-link\/nl\.mdx \| \d+ \| \/nl\/practices\/bestaat-niet\/ \|\n/,
    );
    expect(stdout).toContain('## Drafts (2)');
  });

  it('lists open questions without an answer for more than 30 days, and answered questions whose answers are drafts', () => {
    const content = tree();
    const question = (slug: string, fields: string) => {
      mkdirSync(join(content, 'questions', slug), { recursive: true });
      writeFileSync(
        join(content, 'questions', slug, 'nl.mdx'),
        `---\ntitle: Vraag ${slug}\nsummary: Een gemeente wil weten hoe andere gemeenten dit aanpakken en wat werkt.\nthemes: [services]\n${fields}\n---\n\nWat we nodig hebben.\n`,
      );
    };
    question('lang-open', 'organisations: [vng-international]\npublished: 2027-04-01');
    question('nog-langer-open', 'municipalities: [pivdenne]\npublished: 2027-02-15\nstate: open');
    question('pas-gesteld', 'organisations: [vng-international]\npublished: 2027-05-10');
    question(
      'open-met-antwoord',
      'organisations: [vng-international]\npublished: 2027-01-01\nanswers: [guides/handreiking]',
    );
    question('gesloten', 'organisations: [vng-international]\npublished: 2027-01-01\nstate: closed');
    question('concept-vraag', 'organisations: [vng-international]\npublished: 2027-01-01\nstatus: draft');
    question(
      'antwoord-is-concept',
      'organisations: [vng-international]\npublished: 2027-01-01\nstate: answered\nanswers: [practices/concept, guides/handreiking]',
    );
    const { status, stdout } = runNode(['scripts/report-content.ts', '--root', content, '--today', '2027-06-01']);
    expect(status).toBe(0);
    expect(stdout).toContain(
      '## Open questions without an answer for more than 30 days (asked before 2027-05-02) (2)\n\n' +
        '| question | asked | days |\n| --- | --- | --- |\n' +
        '| questions/nog-langer-open | 2027-02-15 | 106 |\n' +
        '| questions/lang-open | 2027-04-01 | 61 |\n',
    );
    expect(stdout).toContain(
      '## Answered questions whose answers are drafts (1)\n\n' +
        '| question | answers that are drafts |\n| --- | --- |\n' +
        '| questions/antwoord-is-concept | practices/concept |\n',
    );
  });

  it('lists events held more than 30 days ago without outcomes or a report, not cancelled or recent ones', () => {
    const content = tree();
    const event = (slug: string, fields: string) => {
      mkdirSync(join(content, 'events', slug), { recursive: true });
      writeFileSync(
        join(content, 'events', slug, 'nl.mdx'),
        `---\ntitle: Bijeenkomst ${slug}\nsummary: Een bijeenkomst van het netwerk over contact met inwoners die nu elders wonen.\nthemes: [services]\npublished: 2027-01-01\ntype: meeting\nplace: Raadhuis\nlanguages: [nl, uk]\n${fields}\n---\n\nWaarvoor.\n`,
      );
    };
    event('lang-geleden', 'start: 2027-03-01T10:00+01:00\nend: 2027-03-01T12:00+01:00\ntimezone: Europe/Amsterdam');
    event('werkbezoek', 'start: 2027-04-20\nend: 2027-04-24');
    event('pas-geweest', 'start: 2027-05-20\nend: 2027-05-20');
    event('met-verslag', 'start: 2027-01-20\nend: 2027-01-20\nreport: https://example.org/verslag');
    event('afgelast', 'start: 2027-01-20\nend: 2027-01-20\nstate: cancelled');
    event('komt-nog', 'start: 2027-09-20\nend: 2027-09-20');
    const { status, stdout } = runNode(['scripts/report-content.ts', '--root', content, '--today', '2027-06-01']);
    expect(status).toBe(0);
    expect(stdout).toContain(
      '## Events without outcomes or a report more than 30 days after (ended before 2027-05-02) (2)\n\n' +
        '| event | last day | days |\n| --- | --- | --- |\n' +
        '| events/lang-geleden | 2027-03-01 | 92 |\n' +
        '| events/werkbezoek | 2027-04-24 | 38 |\n',
    );
  });

  it('finds links to question pages, and reports a link to a question that does not exist', () => {
    const content = tree();
    const file = join(content, 'practices/goede-praktijk/nl.mdx');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\nZie [de vraag](/nl/questions/gegevens-over-terugkeer/), [alle vragen](/en/questions/) en [weg](/uk/questions/bestaat-niet/).\n`,
    );
    const { stdout } = runNode(['scripts/report-content.ts', '--root', content, '--today', '2027-06-01']);
    expect(stdout).toMatch(
      /## Broken links inside the site \(1\)\n\n\| file \| line \| link \|\n\| --- \| --- \| --- \|\n\| .*practices\/goede-praktijk\/nl\.mdx \| \d+ \| \/uk\/questions\/bestaat-niet\/ \|\n/,
    );
  });
});

describe('CONTRIBUTING in three languages', () => {
  const guides = { en: 'CONTRIBUTING.md', nl: 'CONTRIBUTING.nl.md', uk: 'CONTRIBUTING.uk.md' };

  it.each(Object.entries(guides))(
    // Beside the fixture site (a frozen copy of the example content, whose municipalities and
    // entries the examples name), so that an editor's change to content/ cannot fail this test.
    '%s: every example file passes the check beside the example content',
    (lang, guide) => {
      const text = readFileSync(guide, 'utf8');
      const examples = [
        ...text.matchAll(
          /`content\/((?:practices|guides|cases|questions)\/[^`]+\.mdx)`[^\n]*\n\n```mdx\n([\s\S]*?)```/g,
        ),
      ];
      expect(examples.map(([, path]) => path!.split('/')[0])).toEqual(['practices', 'guides', 'questions', 'cases']);
      const root = mkdtempSync(join(tmpdir(), 'kb-contributing-'));
      try {
        cpSync('tests/fixtures/site', root, { recursive: true });
        for (const [, path, file] of examples) {
          expect(path).toMatch(new RegExp(`/${lang}\\.mdx$`));
          mkdirSync(dirname(join(root, path!)), { recursive: true });
          writeFileSync(join(root, path!), file!);
        }
        const result = check(root);
        expect(result.stdout).toMatch(/^Content is valid/);
        expect(result.status).toBe(0);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );

  it.each(Object.entries(guides))(
    '%s: names every published file type and the limits of src/content-check/limits.ts',
    (lang, guide) => {
      const text = readFileSync(guide, 'utf8');
      for (const extension of Object.keys(publishedFileTypes)) expect(text).toContain(`\`${extension}\``);
      // Sizes as the check prints them (`10 MB`), in Ukrainian with Cyrillic units.
      const size = (bytes: number) =>
        lang === 'uk' ? formatBytes(bytes).replace('MB', 'МБ').replace('KB', 'КБ') : formatBytes(bytes);
      for (const bytes of [limits.fileBytes, limits.entryFolderBytes, limits.textFileBytes, limits.dataFileBytes])
        expect(text).toContain(size(bytes));
      const million = { en: 'million', nl: 'miljoen', uk: 'мільйонів' }[lang as 'en' | 'nl' | 'uk'];
      expect(text).toContain(`${limits.imagePixels / 1_000_000} ${million} `);
      expect(text).toContain(` ${limits.bodyDepth} `);
      expect(text).toContain(` ${limits.openContainers} `);
    },
  );
});
