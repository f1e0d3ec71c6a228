import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { checkSelected } from '../../src/content-check/check-selected.ts';
import { formatProblem, type Problem } from '../../src/content-check/problem.ts';
import { fixtureCopy } from './helpers/run.ts';

const today = '2026-11-22';
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A copy of a fixture tree (with more fixtures on top), as a content folder. */
function tree(fixture: string, ...more: string[]): string {
  const root = fixtureCopy(fixture);
  roots.push(root);
  const content = join(root, 'content');
  for (const extra of more) cpSync(join('tests/fixtures', extra), content, { recursive: true });
  return content;
}

/** The content folder, and every entry folder, data file and other name one and two levels down: what a contributor may name. */
function selectable(content: string): string[] {
  return [content, ...readdirSync(content)].flatMap((top) => {
    if (top === content) return [content];
    const path = join(content, top);
    try {
      return [path, ...readdirSync(path).map((name) => join(path, name))];
    } catch {
      return [path];
    }
  });
}

const within = (file: string, path: string) => file === path || file.startsWith(`${path}/`);

describe('npm run check -- <entry>: the messages of the full check for that entry (issue 21, item 1)', () => {
  for (const [fixture, ...more] of [['broken'], ['valid', 'hostile'], ['site']]) {
    it(`for every entry and file of ${[fixture, ...more].join(' + ')}`, async () => {
      const content = tree(fixture!, ...more);
      const full = await checkContent({ root: content, today, production: true, cwd: content });
      const paths = selectable(content);
      expect(paths.length).toBeGreaterThan(10);
      for (const path of paths) {
        const shown = relative(content, path);
        const expected = (list: Problem[]) =>
          list.filter((p) => shown === '' || within(p.file, shown) || within(shown, p.file)).map(formatProblem);
        const part = await checkSelected({ root: content, paths: [path], today, production: true, cwd: content });
        expect({ shown, problems: part.problems.map(formatProblem) }).toEqual({
          shown,
          problems: expected(full.problems),
        });
        expect(part.notices.map(formatProblem)).toEqual(expected(full.notices));
      }
      // The broken tree has problems in most of its files: the comparison is not between empty lists.
      if (fixture === 'broken') expect(full.problems.length).toBeGreaterThan(50);
    });
  }

  it('resolves references against the whole tree without reading the rest', async () => {
    const content = tree('valid');
    const part = await checkSelected({
      root: content,
      paths: [join(content, 'questions/gegevens-over-terugkeer/nl.mdx')],
      today,
      production: true,
      cwd: content,
    });
    expect(part.problems).toEqual([]);
    expect(part.checked).toBe(1);
  });

  it('names a path outside the content folder', async () => {
    const content = tree('valid');
    const part = await checkSelected({ root: content, paths: [join(content, '..', 'x.mdx')], today, cwd: content });
    expect(part.outside).toEqual([join(content, '..', 'x.mdx')]);
  });
});

describe('npm run check -- --changed: the texts that refer to a changed entry are checked too (issue 21, item 1)', () => {
  const check = (content: string, paths: string[], referrers: boolean) =>
    checkSelected({ root: content, paths, referrers, today, production: true, cwd: content }).then((result) =>
      result.problems.map(formatProblem),
    );

  it('reports on the question whose answer became a draft, once for each of its texts', async () => {
    const content = tree('valid');
    const question = join(content, 'questions/gegevens-over-terugkeer');
    writeFileSync(join(question, 'uk.mdx'), readFileSync(join(question, 'nl.mdx')));
    for (const lang of ['nl', 'uk']) {
      const file = join(content, `practices/goede-praktijk/${lang}.mdx`);
      writeFileSync(file, readFileSync(file, 'utf8').replace('\n---\n', '\nstatus: draft\n---\n'));
    }
    const changed = [
      join(content, 'practices/goede-praktijk/nl.mdx'),
      join(content, 'practices/goede-praktijk/uk.mdx'),
    ];
    const full = (await checkContent({ root: content, today, production: true, cwd: content })).problems;
    const withReferrers = await check(content, changed, true);
    expect(withReferrers).toEqual(full.map(formatProblem));
    expect(withReferrers.filter((line) => line.startsWith('questions/'))).toEqual(
      ['nl', 'uk'].map(
        (lang) =>
          `questions/gegevens-over-terugkeer/${lang}.mdx: answers[0]: "practices/goede-praktijk" is a draft and is left out of the site; remove the reference or publish it`,
      ),
    );
    expect(await check(content, changed, false)).not.toContain(withReferrers[0]);
  });

  it('reports on every file that names a municipality that is gone', async () => {
    const content = tree('valid');
    rmSync(join(content, 'municipalities/pivdenne.yaml'));
    const full = (await checkContent({ root: content, today, production: true, cwd: content })).problems;
    expect(full.length).toBeGreaterThan(1);
    expect(await check(content, [join(content, 'municipalities/pivdenne.yaml')], true)).toEqual(
      full.map(formatProblem),
    );
  });

  it('reports on an entry that is gone', async () => {
    const content = tree('valid');
    rmSync(join(content, 'guides/handreiking'), { recursive: true });
    const full = (await checkContent({ root: content, today, production: true, cwd: content })).problems;
    expect(full.map(formatProblem)).toContain(
      'practices/goede-praktijk/nl.mdx: related[0]: "guides/handreiking" does not exist; expected an entry folder guides/handreiking/ with at least one language file',
    );
    expect(await check(content, [join(content, 'guides/handreiking/nl.mdx')], true)).toEqual(full.map(formatProblem));
  });
});
