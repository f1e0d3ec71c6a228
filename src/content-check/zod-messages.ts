import { z } from 'astro/zod';
import { limits } from './limits.ts';
import { fieldPath, moreProblems, type Problem } from './problem.ts';

/** Field names that moved or must never be used, with what to write instead. */
const fieldHints: Record<string, string> = {
  theme: 'use "themes", a list',
  municipality: 'use "municipalities", a list',
  phone: 'phone numbers are not published; give a functional mailbox as contact.email',
  telephone: 'phone numbers are not published; give a functional mailbox as contact.email',
  date: 'use "published" (YYYY-MM-DD)',
  lang: 'the language comes from the file name (nl.mdx, uk.mdx, en.mdx)',
  slug: 'the slug comes from the folder name',
  draft: 'use "status: draft"',
};

/**
 * Turns one zod issue into the words a contributor reads. Schemas that set their own `error`
 * keep it; this covers the rest.
 */
export const contentErrorMap: z.core.$ZodErrorMap = (issue) => {
  const found = describe(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required; expected ${expected(issue.expected)}`
        : `found ${found}; expected ${expected(issue.expected)}`;
    case 'too_small':
    case 'too_big': {
      const bound =
        issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      if (issue.origin === 'string' && typeof issue.input === 'string')
        return `${found} has ${issue.input.length} character${issue.input.length === 1 ? '' : 's'}; expected ${bound}`;
      if (issue.origin === 'array' && Array.isArray(issue.input))
        return `has ${issue.input.length} item${issue.input.length === 1 ? '' : 's'}; expected ${bound}`;
      return `${found} is out of range; expected ${bound}`;
    }
    case 'invalid_value':
      return `${found} is not allowed; expected one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `${found} is not valid; expected ${issue.format}`;
    default:
      return undefined;
  }
};

/**
 * Validates `data` and returns one problem per issue. Unknown fields get one problem each, with a
 * suggestion when the name is close to a known field (`themse` → `themes`).
 */
export function validate<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
): { data: z.output<T>; problems: [] } | { data: undefined; problems: Problem[] } {
  const result = schema.safeParse(data, { error: contentErrorMap, reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys.slice(0, limits.problemsPerFile + 1)) {
        problems.push({ file, field: fieldPath([...issue.path, key]), message: unknownFieldMessage(key, known) });
      }
    } else {
      let message = withFound(issue);
      if (issue.code === 'invalid_type' && issue.expected === 'object') {
        const keys = knownKeys(schema, issue.path);
        if (keys.length > 0) message += ` with ${keys.join(', ')}`;
      }
      problems.push({ file, field: fieldPath(issue.path) || '(frontmatter)', message });
    }
    if (problems.length > limits.problemsPerFile) break;
  }
  return { data: undefined, problems: capped(problems, file) };
}

/** Schema messages say what is expected ("expected a date YYYY-MM-DD"); add what was found. */
function withFound(issue: z.core.$ZodIssue): string {
  if (!issue.message.startsWith('expected')) return issue.message;
  const input = (issue as { input?: unknown }).input;
  return input === undefined ? `is required; ${issue.message}` : `found ${describe(input)}; ${issue.message}`;
}

function unknownFieldMessage(key: string, known: string[]): string {
  const hint = Object.hasOwn(fieldHints, key) ? fieldHints[key] : undefined;
  if (hint) return `unknown field; ${hint}`;
  const close = known.filter((candidate) => {
    const distance = editDistance(key, candidate);
    return distance <= 2 && distance < key.length / 2;
  });
  if (close.length > 0) return `unknown field; did you mean ${close.map((c) => `"${c}"`).join(' or ')}?`;
  return `unknown field; expected one of ${known.join(', ')}`;
}

/** The field names a strict object at `path` inside `schema` accepts. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const key of [...path, undefined]) {
    current = unwrap(current);
    if (key === undefined) break;
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(key)];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable)
      current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else return current;
  }
}

function expected(type: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of fields',
    tuple: 'a list',
    date: 'a date YYYY-MM-DD',
  };
  return words[type] ?? type;
}

/** How a value found in a file is shown: strings quoted, lists and groups by kind. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return 'a group of fields';
  // YAML's .nan and .inf, and numbers too large for a double (1e400), are not numbers JSON can write.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : 'an infinite number';
  // Numbers and booleans, as YAML wrote them.
  return JSON.stringify(value) ?? 'nothing';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** At most `limits.problemsPerFile` problems of one file, and a line saying that there are more. */
function capped(problems: Problem[], file: string): Problem[] {
  if (problems.length <= limits.problemsPerFile) return problems;
  return [...problems.slice(0, limits.problemsPerFile), moreProblems(file)];
}
