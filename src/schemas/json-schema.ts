import { z } from 'astro/zod';
import type { CollectionName, SchemaKindOf } from '../content-model.ts';
import { caseSchema } from './case.ts';
import { eventSchema } from './event.ts';
import { guideSchema } from './guide.ts';
import { newsletterSchema } from './newsletter.ts';
import { practiceSchema } from './practice.ts';
import { questionSchema } from './question.ts';

export const schemaKinds = {
  practice: practiceSchema,
  guide: guideSchema,
  case: caseSchema,
  question: questionSchema,
  event: eventSchema,
  newsletter: newsletterSchema,
} as const satisfies Record<SchemaKindOf<CollectionName>, unknown>;
export type SchemaKind = keyof typeof schemaKinds;

export interface KnownIds {
  themes: string[];
  municipalities: string[];
  organisations: string[];
  /** `<collection>/<slug>` of every entry. */
  entries: string[];
  /** `questions/<slug>` of every question (newsletters may list them). */
  questions: string[];
  /** `events/<slug>` of every event (newsletters may list them). */
  events: string[];
}

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  [key: string]: unknown;
};

/**
 * A JSON Schema (2020-12) of one kind's frontmatter, from the same zod schema the check uses,
 * with the ids that exist today as enums, so that an editor suggests and checks them while typing.
 * Rules that span files (partners, translations, drafts) remain the content check's.
 */
export function frontmatterJsonSchema(kind: SchemaKind, ids: KnownIds, url: string): JsonSchema {
  const schema = z.toJSONSchema(schemaKinds[kind], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const properties = schema.properties ?? {};
  const listOf = (name: string, values: string[]) => {
    const items = properties[name]?.items;
    if (items && values.length > 0) items.enum = [...values].sort();
  };
  listOf('themes', ids.themes);
  listOf('municipalities', ids.municipalities);
  listOf('organisations', ids.organisations);
  listOf('related', ids.entries);
  listOf('builds_on', ids.entries);
  listOf('answers', ids.entries);
  listOf('offered_by', [...ids.municipalities, ...ids.organisations]);
  listOf('entries', [...ids.entries, ...ids.questions, ...ids.events]);
  listOf('produced', [...ids.entries, ...ids.questions]);
  const organisation = properties['contact']?.properties?.['organisation'];
  if (organisation && ids.organisations.length > 0) organisation.enum = [...ids.organisations].sort();
  return {
    $id: url,
    title: `Frontmatter of a ${kind} in the knowledge base Ukraine–Netherlands`,
    description:
      'Generated from src/schemas/; the contract is CONTENT-MODEL.md. `npm run check` also checks the rules across files.',
    ...schema,
    ...(kind === 'question' ? questionRules : kind === 'event' ? eventRules : {}),
  };
}

const nonEmpty = (field: string) => ({ required: [field], properties: { [field]: { minItems: 1 } } });

/**
 * The question's two rules within one file, which zod states as refinements and toJSONSchema
 * cannot carry: at least one asker, and an answered question lists an answer.
 */
const questionRules = {
  allOf: [
    { anyOf: [nonEmpty('municipalities'), nonEmpty('organisations')] },
    { if: { required: ['state'], properties: { state: { const: 'answered' } } }, then: nonEmpty('answers') },
  ],
};

/** An event's rule within one file that JSON Schema can carry: a place, or online: true. */
const eventRules = {
  anyOf: [{ required: ['place'] }, { required: ['online'], properties: { online: { const: true } } }],
};
