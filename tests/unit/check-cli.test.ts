import { describe, expect, it } from 'vitest';
import { runNode } from './helpers/run.ts';

describe('npm run check', () => {
  it('prints one line per problem on stderr, a count, and exits with 1', () => {
    const { status, stderr } = runNode(['scripts/check-content.ts', '--root', 'tests/fixtures/broken']);
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toContain(
      'tests/fixtures/broken/practices/tikfout/nl.mdx: themse: unknown field; did you mean "themes"?',
    );
    expect(lines.at(-1)).toMatch(/^80 problems found in .*tests\/fixtures\/broken \(\d+\.\d\d s\)\.$/);
  });

  it('says the content is valid and exits with 0 on a clean tree', () => {
    const { status, stdout, stderr } = runNode(['scripts/check-content.ts', '--root', 'tests/fixtures/valid']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Content is valid: 14 files checked in .*tests\/fixtures\/valid \(\d+\.\d\d s\)\.\n$/);
  });

  it('reads the folder from KB_CONTENT_DIR when no --root is given', () => {
    const { status, stdout } = runNode(['scripts/check-content.ts'], { KB_CONTENT_DIR: 'tests/fixtures/valid' });
    expect(status).toBe(0);
    expect(stdout).toContain('tests/fixtures/valid');
  });

  it('explains itself with --help', () => {
    const { status, stdout } = runNode(['scripts/check-content.ts', '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: npm run check');
  });
});
