import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/content-check/check-content.ts';
import { isEntryCollection } from '../../src/content-model.ts';
import { frontmatterJsonSchema, type SchemaKind } from '../../src/schemas/json-schema.ts';

// The fixture site (a frozen copy of the example content), never content/: an editor's change must not fail a test.
const site = 'tests/fixtures/site';
const { data, entries } = await checkContent({ root: site });
const ids = {
  themes: data.filter((r) => r.collection === 'themes').map((r) => r.id),
  municipalities: data.filter((r) => r.collection === 'municipalities').map((r) => r.id),
  organisations: data.filter((r) => r.collection === 'organisations').map((r) => r.id),
  entries: [...new Set(entries.filter((e) => isEntryCollection(e.collection)).map((e) => `${e.collection}/${e.slug}`))],
  questions: [...new Set(entries.filter((e) => e.collection === 'questions').map((e) => `${e.collection}/${e.slug}`))],
  events: [...new Set(entries.filter((e) => e.collection === 'events').map((e) => `${e.collection}/${e.slug}`))],
};
const validator = (kind: SchemaKind) =>
  new Ajv2020({ allErrors: true, strict: false }).compile(
    frontmatterJsonSchema(kind, ids, `https://example.org/${kind}.json`),
  );
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

describe('the JSON Schema of the frontmatter', () => {
  const kinds = {
    practices: 'practice',
    guides: 'guide',
    cases: 'case',
    questions: 'question',
    events: 'event',
    newsletters: 'newsletter',
  } as const;

  for (const [folder, kind] of Object.entries(kinds)) {
    it(`accepts every ${kind} of the fixture site`, () => {
      const validate = validator(kind);
      for (const slug of existsSync(join(site, folder)) ? readdirSync(join(site, folder)) : []) {
        for (const file of readdirSync(join(site, folder, slug)).filter((name) => name.endsWith('.mdx'))) {
          const ok = validate(frontmatter(readFileSync(join(site, folder, slug, file), 'utf8')));
          expect(ok, `${folder}/${slug}/${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
        }
      }
    });
  }

  it('rejects a broken entry: a misspelt field, an unknown theme and a short summary', () => {
    const validate = validator('practice');
    expect(
      validate({
        title: 'Een praktijk',
        summary: 'Te kort',
        themse: ['housing'],
        themes: ['huisvesting'],
        published: '2026-01-01',
      }),
    ).toBe(false);
    expect(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`).sort()).toEqual([
      ' additionalProperties',
      '/summary minLength',
      '/themes/0 enum',
    ]);
  });

  it('carries the question rules within one file: an asker, and an answer when answered', () => {
    const validate = validator('question');
    const question = {
      title: 'Hoe houden we contact met inwoners in Nederland?',
      summary: 'Een vraag van een gemeente aan het netwerk, lang genoeg voor de samenvatting.',
      themes: ['services'],
      published: '2026-01-01',
    };
    const errors = (fields: Record<string, unknown>) =>
      validate(fields) ? [] : validate.errors!.map((error) => `${error.instancePath} ${error.keyword}`);
    expect(errors({ ...question, organisations: ['vng-international'] })).toEqual([]);
    expect(errors({ ...question, municipalities: [], organisations: [] })).toContain(' anyOf');
    expect(errors({ ...question, organisations: ['vng-international'], state: 'answered' })).toContain(' if');
    expect(
      errors({
        ...question,
        organisations: ['vng-international'],
        state: 'answered',
        answers: ['guides/vraaggestuurde-samenwerking'],
      }),
    ).toEqual([]);
  });

  it('lists the existing ids, so that editors can suggest them', () => {
    const schema = frontmatterJsonSchema('guide', ids, 'https://example.org/guide.json') as {
      properties: Record<string, { items?: { enum?: string[] } }>;
    };
    expect(schema.properties['themes']?.items?.enum).toEqual(['economy', 'housing', 'services']);
    expect(schema.properties['municipalities']?.items?.enum).toEqual([...ids.municipalities].sort());
    // A newsletter lists entries, questions and events.
    const newsletter = frontmatterJsonSchema('newsletter', ids, 'https://example.org/newsletter.json') as {
      properties: Record<string, { items?: { enum?: string[] } }>;
    };
    expect(newsletter.properties['entries']?.items?.enum).toContain('events/webinar-contact-met-inwoners');
  });
});

describe('the entry templates', () => {
  it('each pass the content check as drafts, a question once `npm run new` has named its asker', () => {
    for (const file of readdirSync('scripts/templates').filter((name) => name.endsWith('.mdx'))) {
      const [kind = ''] = file.split('.');
      const validate = validator(kind as SchemaKind);
      const fields = frontmatter(readFileSync(join('scripts/templates', file), 'utf8'));
      if (kind === 'question') fields['organisations'] = ['vng-international'];
      expect(validate(fields), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(fields['status']).toBe('draft');
    }
  });
});
