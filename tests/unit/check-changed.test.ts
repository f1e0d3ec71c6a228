import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureCopy, runNode } from './helpers/run.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const script = resolve('scripts/check-content.ts');

/** A git repository holding the valid fixture as `content/` on main, with a branch `change` checked out. */
function repository(): string {
  const root = fixtureCopy('valid');
  roots.push(root);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'content');
  git('checkout', '-q', '-b', 'change');
  return root;
}

/** Runs `npm run check` in `cwd`, as a contributor does. */
function check(cwd: string, args: string[], env: Record<string, string> = {}) {
  return runNode([script, ...args], { KB_CONTENT_DIR: join(cwd, 'content'), ...env }, cwd);
}

describe('npm run check -- --changed (issue 21, item 1)', () => {
  it('checks what differs from main, and the texts that refer to it', () => {
    const root = repository();
    const file = join(root, 'content/practices/goede-praktijk/nl.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('themes: [housing, services]', 'themes: [wonen, services]'));
    for (const lang of ['nl', 'uk']) {
      const text = join(root, `content/practices/goede-praktijk/${lang}.mdx`);
      writeFileSync(text, readFileSync(text, 'utf8').replace('\n---\n', '\nstatus: draft\n---\n'));
    }
    writeFileSync(join(root, 'content/practices/nieuw.pdf'), '%PDF-1.4\n');
    const { status, stderr, stdout } = check(root, ['--changed']);
    expect(stdout).toBe(
      'note: content/practices/goede-praktijk/plan.pdf: not published while every text of this entry is a draft\n',
    );
    expect(stderr.split('\n')).toEqual([
      'content/events/webinar-terugkeer/nl.mdx: produced[0]: "practices/goede-praktijk" is a draft and is left out of the site; remove the reference or publish it',
      'content/newsletters/2026-10/nl.mdx: entries[0]: "practices/goede-praktijk" is a draft and is left out of the site; remove the reference or publish it',
      'content/practices/goede-praktijk/nl.mdx: themes[0]: unknown theme "wonen"; expected one of housing, economy, services',
      'content/practices/nieuw.pdf: file outside an entry folder; expected practices/<slug>/<lang>.mdx',
      'content/questions/gegevens-over-terugkeer/nl.mdx: answers[0]: "practices/goede-praktijk" is a draft and is left out of the site; remove the reference or publish it',
      '',
      expect.stringMatching(
        /^5 problems found in 5 files \(what changed since main, and the texts that refer to it\) of .*content \(\d+\.\d\d s\)\.$/,
      ),
      '',
    ]);
    expect(status).toBe(1);
  });

  it('writes GitHub annotations and a job summary that says what to do', () => {
    const root = repository();
    const file = join(root, 'content/practices/goede-praktijk/nl.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('themes: [housing, services]', 'themes:\n  - housing\n  - wonen'),
    );
    const summary = join(root, 'summary.md');
    writeFileSync(summary, '');
    const { status, stdout } = check(root, ['--changed', '--base', 'main', '--format', 'github'], {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(status).toBe(1);
    expect(stdout).toBe(
      '::error file=content/practices/goede-praktijk/nl.mdx,line=6,title=Content check%3A themes[1]::themes[1]: unknown theme "wonen"; expected one of housing, economy, services\n',
    );
    const written = readFileSync(summary, 'utf8');
    expect(written).toContain('### Content check: 1 problem');
    expect(written).toContain('`npm run check -- --changed`');
  });

  it('says so, in one line, where git cannot answer', () => {
    const root = repository();
    expect(check(root, ['--changed', '--base', 'nonexistent'])).toMatchObject({
      status: 2,
      stderr:
        'npm run check: --changed compares with nonexistent, which git does not know here; fetch it, or give another branch or commit with --base\n',
    });
    const bare = mkdtempSync(join(tmpdir(), 'kb-no-git-'));
    roots.push(bare);
    const outside = check(bare, ['--changed']);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toMatch(
      /^npm run check: --changed needs git, and .* is not in a git repository; name the files to check instead\n$/,
    );
  });

  it('is valid when nothing changed', () => {
    const root = repository();
    const { status, stdout } = check(root, ['--changed']);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^Content is valid: 0 files \(what changed since main, and the texts that refer to it\) checked in/,
    );
  });
});
