import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus, generatedCollections } from '../../scripts/bench/generate-corpus.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import {
  collectionNames,
  collections,
  writtenKinds,
  type TextCollection,
  type WrittenKind,
} from '../../src/content-model.ts';
import { langs } from '../../src/i18n/locales.ts';
import { shareKinds } from '../../src/share/build-entry-file.ts';
import { schemaKinds } from '../../src/schemas/json-schema.ts';

// Adding a kind to src/content-model.ts must not need a hunt: every place that lists kinds either
// derives them from the registry, fails the type check (the `satisfies Record<…>` in
// content.config.ts, src/schemas/index.ts, src/schemas/json-schema.ts and the corpus generator; the
// Record below) or fails here, naming the file that lacks the kind.

/** The issue form that covers each kind a contributor writes: a new kind fails the type check here. */
const issueForms: Record<WrittenKind, string> = {
  practice: 'propose-practice.yml',
  guide: 'propose-practice.yml',
  case: 'propose-practice.yml',
  question: 'ask-the-network.yml',
  event: 'announce-event.yml',
};

/**
 * Kinds the share page (src/share/, another part of the project) does not make yet, each with why.
 * The test below fails once the share page makes one of them, so this list cannot go stale.
 */
const notOnSharePage: Partial<Record<WrittenKind, string>> = {};

const kinds = Object.keys(writtenKinds) as WrittenKind[];
const textCollections = collectionNames.filter((name) => collections[name].kind !== 'data') as TextCollection[];

describe('every kind of the content model is known everywhere it must be', () => {
  it('the registry names the kinds a contributor writes, events among them', () => {
    expect(kinds).toEqual(['practice', 'guide', 'case', 'question', 'event']);
  });

  it.each(collectionNames.filter((name) => collections[name].schemaKind !== undefined))(
    'src/schemas/json-schema.ts lists the JSON Schema of %s',
    (name) => {
      expect(Object.keys(schemaKinds)).toContain(collections[name].schemaKind);
    },
  );

  it.each(kinds)('scripts/templates/ has a template of %s in every language', (kind) => {
    expect(langs.filter((lang) => !existsSync(`scripts/templates/${kind}.${lang}.mdx`))).toEqual([]);
  });

  it('scripts/new-entry.ts (npm run new) offers every kind', () => {
    const help = spawnSync(process.execPath, ['scripts/new-entry.ts', '--help'], { encoding: 'utf8' }).stdout;
    const offered = /^\s+--kind\s+(.*)$/m.exec(help)?.[1] ?? '';
    expect(offered).toBe(`${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}`);
  });

  it.each(kinds)('src/share/build-entry-file.ts (the share page) makes %s, or says why not', (kind) => {
    expect(Object.keys(shareKinds).includes(kind)).toBe(notOnSharePage[kind] === undefined);
  });

  it.each(kinds)('.github/ISSUE_TEMPLATE/ has a form for %s', (kind) => {
    const path = `.github/ISSUE_TEMPLATE/${issueForms[kind]}`;
    expect(existsSync(path), path).toBe(true);
    expect((parse(readFileSync(path, 'utf8')) as { labels: string[] }).labels).toContain('content');
  });

  it('scripts/bench/generate-corpus.ts writes every text collection, and the check accepts what it writes', async () => {
    expect(Object.keys(generatedCollections).sort()).toEqual([...textCollections].sort());
    const out = mkdtempSync(join(tmpdir(), 'kb-kinds-'));
    await generateCorpus(40, out, { seed: 3, links: false });
    const empty = textCollections.filter(
      (name) => !existsSync(join(out, name)) || readdirSync(join(out, name)).length === 0,
    );
    expect(empty).toEqual([]);
    const { problems } = await checkContent({ root: out, today: '2026-12-01' });
    expect(problems).toEqual([]);
  }, 120_000);
});
