import { parseCardKey, parseListedKey } from '../content-model.ts';
import type { DataRecord, EntryRecord } from './check-content.ts';
import type { Problem } from './problem.ts';

interface Reference {
  field: string;
  id: unknown;
}

/**
 * The frontmatter fields of an entry, question or event that name an entry or question
 * (`practices/<slug>`); a newsletter names them in `entries`. One list for the check and for
 * finding the texts that refer to an entry (find-referrers.ts).
 */
export const entryReferenceFields = ['related', 'builds_on', 'answers', 'produced'] as const;

/**
 * The rules that span files: ids that must exist, partners that must list each other, related
 * entries, source files and translations. Runs on records that passed their own schema.
 */
export function checkReferences(
  data: DataRecord[],
  entries: EntryRecord[],
  { production }: { production: boolean },
): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    themes: idsOf(data, 'themes'),
    municipalities: idsOf(data, 'municipalities'),
    organisations: idsOf(data, 'organisations'),
  };
  const expectIds = (file: string, kind: keyof typeof ids, noun: string, refs: Reference[]) => {
    for (const { field, id } of refs) {
      if (typeof id === 'string' && !ids[kind].has(id)) {
        problems.push({
          file,
          field,
          message: `unknown ${noun} "${id}"; expected one of ${[...ids[kind]].join(', ') || `(no ${kind} yet)`}`,
        });
      }
    }
  };

  const partnersOf = new Map<string, { file: string; partners: string[] }>();
  for (const record of data.filter((r) => r.collection === 'municipalities')) {
    const { focus_themes, partners } = record.data;
    expectIds(record.file, 'themes', 'theme', listRefs('focus_themes', focus_themes));
    expectIds(record.file, 'municipalities', 'municipality', listRefs('partners', partners));
    partnersOf.set(record.id, {
      file: record.file,
      partners: Array.isArray(partners) ? partners.filter((p) => typeof p === 'string') : [],
    });
  }
  for (const [id, { file, partners }] of partnersOf) {
    partners.forEach((partner, index) => {
      if (partner === id)
        problems.push({
          file,
          field: `partners[${index}]`,
          message: `"${id}" lists itself; expected other municipalities`,
        });
      const other = partnersOf.get(partner);
      if (other && partner !== id && !other.partners.includes(id)) {
        problems.push({
          file: other.file,
          field: 'partners',
          message: `"${id}" lists "${partner}" as a partner, but "${partner}" does not list "${id}"; add "${id}" here or remove the partnership in ${file}`,
        });
      }
    });
  }

  const languagesOf = new Map<string, EntryRecord[]>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.slug}`;
    languagesOf.set(key, [...(languagesOf.get(key) ?? []), entry]);
  }
  const isPublished = (key: string) => languagesOf.get(key)?.some((e) => e.data['status'] !== 'draft') ?? false;
  const expectEntries = (
    entry: EntryRecord,
    field: string,
    refs: unknown,
    parse: (key: string) => object | undefined = parseCardKey,
  ) => {
    listRefs(field, refs).forEach(({ field: where, id }) => {
      const key = String(id);
      // A reference in the wrong format was reported by the schema already.
      if (!parse(key)) return;
      if (key === `${entry.collection}/${entry.slug}`) {
        problems.push({
          file: entry.file,
          field: where,
          message: `"${key}" is this entry itself; expected another entry`,
        });
      } else if (!languagesOf.has(key)) {
        problems.push({
          file: entry.file,
          field: where,
          message: `"${key}" does not exist; expected an entry folder ${key}/ with at least one language file`,
        });
      } else if (production && entry.data['status'] !== 'draft' && !isPublished(key)) {
        problems.push({
          file: entry.file,
          field: where,
          message: `"${key}" is a draft and is left out of the site; remove the reference or publish it`,
        });
      }
    });
  };

  for (const entry of entries) {
    const d = entry.data;
    if (entry.collection === 'newsletters') {
      expectEntries(entry, 'entries', d['entries'], parseListedKey);
    } else {
      expectIds(entry.file, 'themes', 'theme', listRefs('themes', d['themes']));
      expectIds(entry.file, 'municipalities', 'municipality', listRefs('municipalities', d['municipalities']));
      expectIds(entry.file, 'organisations', 'organisation', listRefs('organisations', d['organisations']));
      const contact = d['contact'] as { organisation?: unknown } | null | undefined;
      expectIds(entry.file, 'organisations', 'organisation', [
        { field: 'contact.organisation', id: contact?.organisation },
      ]);
      for (const field of entryReferenceFields) expectEntries(entry, field, d[field]);
      listRefs('offered_by', d['offered_by']).forEach(({ field, id }) => {
        if (typeof id === 'string' && !ids.municipalities.has(id) && !ids.organisations.has(id)) {
          problems.push({
            file: entry.file,
            field,
            message: `unknown municipality or organisation "${id}"; expected an id from content/municipalities/ or content/organisations/`,
          });
        }
      });
      (Array.isArray(d['sources']) ? (d['sources'] as unknown[]) : []).forEach((source, index) => {
        const file = (source as { file?: unknown } | null)?.file;
        if (typeof file === 'string' && !entry.attachments.has(file)) {
          problems.push({
            file: entry.file,
            field: `sources[${index}].file`,
            message: `"${file}" not found in the entry folder; expected a file beside ${entry.lang}.mdx`,
          });
        }
      });
    }
    const translation = d['translation'] as { from?: unknown } | undefined;
    if (typeof translation?.from === 'string') {
      const siblings = (languagesOf.get(`${entry.collection}/${entry.slug}`) ?? []).map((e) => e.lang);
      if (translation.from === entry.lang) {
        problems.push({
          file: entry.file,
          field: 'translation.from',
          message: `"${translation.from}" is the language of this file; expected the language it was translated from`,
        });
      } else if (!siblings.includes(translation.from as EntryRecord['lang'])) {
        problems.push({
          file: entry.file,
          field: 'translation.from',
          message: `"${translation.from}" has no file in this folder; expected the language of another file here (${siblings.filter((l) => l !== entry.lang).join(', ') || 'there is none yet'})`,
        });
      }
    }
  }
  return problems;
}

/** Ids of one data collection, in the order lists show them (themes by `order`, others by id). */
function idsOf(data: DataRecord[], collection: string): Set<string> {
  const records = data.filter((r) => r.collection === collection);
  const order = (r: DataRecord) => (typeof r.data['order'] === 'number' ? r.data['order'] : 0);
  return new Set(records.toSorted((a, b) => order(a) - order(b) || a.id.localeCompare(b.id)).map((r) => r.id));
}

function listRefs(field: string, values: unknown): Reference[] {
  return Array.isArray(values) ? (values as unknown[]).map((id, index) => ({ field: `${field}[${index}]`, id })) : [];
}
