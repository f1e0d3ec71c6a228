import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureTrees, runNode } from './helpers/run.ts';

const trees = fixtureTrees();
const tree = trees.next;
afterEach(trees.cleanup);
const draft = (content: string, ...args: string[]) => runNode(['scripts/draft-newsletter.ts', 'draft', '--root', content, '--today', '2026-11-22', ...args]);

describe('npm run newsletter -- draft', () => {
  it('drafts the next issue in every language from the entries changed since the last issue', () => {
    const content = tree();
    // The fixture's entries date from spring 2026, before its last issue; --since reaches back to them.
    const result = draft(content, '--since', '2026-03-15', '--month', '2026-11');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('with 2 entries changed after 2026-03-15:\n  practices/goede-praktijk\n  guides/handreiking\n');
    const uk = readFileSync(join(content, 'newsletters/2026-11/uk.mdx'), 'utf8');
    expect(uk).toBe(
      '---\ntitle: Бюлетень, листопад 2026 р.\npublished: 2026-11-22\nstatus: draft\nentries:\n  - practices/goede-praktijk\n  - guides/handreiking\n---\n\n' +
        'Напишіть тут вступ до цього випуску: що відбулося у мережі й чому ці матеріали важливі.\n',
    );
    expect(readFileSync(join(content, 'newsletters/2026-11/nl.mdx'), 'utf8')).toContain('title: Nieuwsbrief november 2026\n');
    expect(runNode(['scripts/check-content.ts', '--root', content]).status).toBe(0);
  });

  it('starts from the date of the last issue by default, and says when there is nothing new', () => {
    const result = draft(tree(), '--month', '2026-11');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('No entries were published or updated after 2026-10-01; nothing drafted.\n');
  });

  it('never overwrites an issue', () => {
    const result = draft(tree(), '--month', '2026-10', '--since', '2026-01-01');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/newsletters\/2026-10 exists already; edit that issue or choose another --month\.\n$/);
  });
});
