import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureTrees, runNode } from './helpers/run.ts';

const trees = fixtureTrees();
const tree = trees.next;
afterEach(trees.cleanup);

const check = (content: string) => runNode(['scripts/check-content.ts', '--root', content]);

describe('npm run new', () => {
  for (const kind of ['practice', 'guide', 'case'] as const) {
    it(`creates a ${kind} from flags that passes the check`, () => {
      const content = tree();
      const result = runNode([
        'scripts/new-entry.ts',
        ...['--root', content, '--kind', kind, '--slug', `nieuwe-${kind}`, '--lang', 'uk', '--title', 'Нова добра практика'],
        ...['--themes', 'housing,services', '--municipalities', 'pivdenne'],
      ]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const collection = { practice: 'practices', guide: 'guides', case: 'cases' }[kind];
      const text = readFileSync(join(content, collection, `nieuwe-${kind}`, 'uk.mdx'), 'utf8');
      expect(text).toContain('title: Нова добра практика\n');
      expect(text).toContain('themes: [housing, services]\n');
      expect(text).toContain('status: draft\n');
      expect(check(content).status).toBe(0);
    });
  }

  it('asks for what the flags leave out, with piped answers, and suggests a slug', () => {
    const content = tree();
    const answers = ['guide', 'nl', 'Vraaggestuurd samenwerken in het netwerk', '', 'wonen', 'housing', ''].join('\n') + '\n';
    const result = spawnSync(process.execPath, ['scripts/new-entry.ts', '--root', content], { input: answers, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Folder name (slug) [vraaggestuurd-samenwerken-in-het-netwerk]:');
    expect(result.stdout).toContain('  housing (Thema housing)');
    expect(result.stderr).toBe('Unknown theme "wonen"; expected one of economy, housing, services.\n');
    expect(readFileSync(join(content, 'guides/vraaggestuurd-samenwerken-in-het-netwerk/nl.mdx'), 'utf8')).toContain('<Steps>');
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
    expect(result.stderr).toMatch(/practices\/goede-praktijk\/nl\.mdx exists already; choose another slug or edit that file\.\n$/);
    expect(readFileSync(join(content, 'practices/goede-praktijk/nl.mdx'), 'utf8')).toContain('title: Een goede praktijk');
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
    runNode(['scripts/new-entry.ts', '--root', content, '--kind', 'practice', '--slug', 'met-link', '--lang', 'nl', '--title', 'Met een link', '--themes', 'housing', '--municipalities', '']);
    const file = join(content, 'practices/met-link/nl.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}\nZie [de oude pagina](/nl/practices/bestaat-niet/) en [Pivdenne](/uk/municipalities/pivdenne/).\n`);
    const { status, stdout } = runNode(['scripts/report-content.ts', '--root', content, '--today', '2027-06-01']);
    expect(status).toBe(0);
    expect(stdout).toContain('## Entries missing a language (5)');
    expect(stdout).toContain('| guides/handreiking | nl | uk, en |');
    expect(stdout).toContain('## Unreviewed translations (1)');
    expect(stdout).toMatch(/\| .*practices\/goede-praktijk\/uk\.mdx \| nl \|/);
    expect(stdout).toContain('## Not updated for 12 months (since 2026-06-01) (3)');
    expect(stdout).toContain('## Municipalities without entries (0)');
    expect(stdout).toMatch(/## Broken links inside the site \(1\)\n\n\| file \| line \| link \|\n\| --- \| --- \| --- \|\n\| .*practices\/met-link\/nl\.mdx \| \d+ \| \/nl\/practices\/bestaat-niet\/ \|\n/);
    expect(stdout).toContain('## Drafts (2)');
  });
});
