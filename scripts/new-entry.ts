import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { contentRoot } from '../src/content-check/content-root.ts';
import { splitFrontmatter } from '../src/content-check/frontmatter.ts';
import { collections, writtenKinds, type WrittenCollection } from '../src/content-model.ts';
import { isLang, langs } from '../src/i18n/locales.ts';
import { slugFromTitle } from '../src/lib/slug.ts';
import { idPattern, idRule } from '../src/schemas/common.ts';
import { contentIds } from './lib/content-ids.ts';
import { createPrompt } from './lib/prompt.ts';

/** The kinds a contributor writes, from the content model: `{ practice: 'practices', …, event: 'events' }`. */
const kinds: Record<string, WrittenCollection> = writtenKinds;
const kindNames = Object.keys(kinds);

const usage = `Usage: npm run new [-- --kind practice --slug <slug> --lang nl --title "…" --themes housing,services --municipalities aalsmeer]

Creates content/<${Object.values(kinds).join('|')}>/<slug>/<lang>.mdx from the template of its kind
(scripts/templates/), as a draft that passes \`npm run check\`. Asks for every value not given
as a flag, listing the valid themes, municipalities and organisations. Never overwrites a file.

  --kind            ${kindNames.slice(0, -1).join(', ')} or ${kindNames.at(-1)}
  --slug            folder name: ${idRule}
  --lang            language of the text: ${langs.join(', ')}
  --title           3–120 characters (for a question: the question itself)
  --themes          comma-separated theme ids
  --municipalities  comma-separated municipality ids (may be empty); for a question, the ones that ask
  --organisations   comma-separated organisation ids; for a question, the ones that ask (asked for
                    questions only; a question needs at least one asker, municipality or organisation)
  --root            content folder (default: $KB_CONTENT_DIR or content/)`;

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    slug: { type: 'string' },
    lang: { type: 'string' },
    title: { type: 'string' },
    themes: { type: 'string' },
    municipalities: { type: 'string' },
    organisations: { type: 'string' },
    root: { type: 'string' },
    help: { type: 'boolean' },
  },
});

if (values.help) {
  console.log(usage);
} else {
  try {
    console.log(
      `Created ${await createEntry()}. Fill it in, remove "status: draft" when it is ready, and run npm run check.`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}

async function createEntry(): Promise<string> {
  const root = contentRoot(values.root);
  const ids = await contentIds(root);
  const prompt = createPrompt();
  const list = (items: { id: string; name: string }[]) => items.map((item) => `  ${item.id} (${item.name})`).join('\n');
  const get = async (
    given: string | undefined,
    question: string,
    check: (answer: string) => string | undefined,
    fallback = '',
  ) => {
    // A flag is checked once and fails at once; an answer at the prompt may be tried again.
    if (given !== undefined) {
      const problem = check(given);
      if (problem) throw new Error(problem);
      return given;
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = (await prompt.ask(question)) || fallback;
      const problem = check(answer);
      if (!problem) return answer;
      console.error(problem);
    }
    throw new Error('Stopped after three invalid answers; nothing was written.');
  };
  const listOf = (answer: string) => answer.split(/[\s,]+/).filter(Boolean);
  const unknown = (answer: string, known: { id: string }[], noun: string) => {
    const wrong = listOf(answer).filter((id) => !known.some((item) => item.id === id));
    return wrong.length
      ? `Unknown ${noun} ${wrong.map((id) => `"${id}"`).join(', ')}; expected one of ${known.map((k) => k.id).join(', ')}.`
      : undefined;
  };

  try {
    const kind = await get(values.kind, `Kind (${kindNames.join(', ')}):`, (answer) =>
      Object.hasOwn(kinds, answer) ? undefined : `Unknown kind "${answer}"; expected one of ${kindNames.join(', ')}.`,
    );
    const collection = kinds[kind]!;
    const question = collections[collection].kind === 'question';
    const lang = await get(values.lang, `Language of the text (${langs.join(', ')}):`, (answer) =>
      isLang(answer) ? undefined : `Unknown language "${answer}"; expected one of ${langs.join(', ')}.`,
    );
    const title = await get(values.title, 'Title (3–120 characters):', (answer) =>
      answer.length >= 3 && answer.length <= 120
        ? undefined
        : `The title has ${answer.length} characters; expected 3–120.`,
    );
    const suggestion = slugFromTitle(title);
    const slug = await get(
      values.slug,
      suggestion
        ? `Folder name (slug) [${suggestion}]:`
        : 'Folder name (slug), in Latin letters, e.g. flexwoningen-voorbeeld:',
      (answer) => {
        if (!idPattern.test(answer) || answer.length > 80)
          return `"${answer}" is not a valid slug; expected ${idRule}.`;
        const file = join(root, collection, answer, `${lang}.mdx`);
        return existsSync(file)
          ? `${relative(process.cwd(), file)} exists already; choose another slug or edit that file.`
          : undefined;
      },
      suggestion,
    );
    const themes = await get(values.themes, `Themes, separated by commas:\n${list(ids.themes)}\n>`, (answer) =>
      listOf(answer).length === 0 ? 'Give at least one theme.' : unknown(answer, ids.themes, 'theme'),
    );
    const municipalities = await get(
      values.municipalities,
      question
        ? `Asking municipalities, separated by commas (empty if an organisation asks):\n${list(ids.municipalities)}\n>`
        : `Municipalities, separated by commas (empty for network-wide content):\n${list(ids.municipalities)}\n>`,
      (answer) => unknown(answer, ids.municipalities, 'municipality'),
    );
    // A question needs an asker: a municipality or an organisation (content model, "Questions").
    const organisations =
      question || values.organisations !== undefined
        ? await get(
            values.organisations,
            `Asking organisations, separated by commas${listOf(municipalities).length ? ' (may be empty)' : ''}:\n${list(ids.organisations)}\n>`,
            (answer) =>
              unknown(answer, ids.organisations, 'organisation') ??
              (question && listOf(municipalities).length + listOf(answer).length === 0
                ? 'A question needs at least one asker; give an asking municipality or organisation.'
                : undefined),
          )
        : undefined;

    const template = readFileSync(new URL(`templates/${kind}.${lang}.mdx`, import.meta.url), 'utf8');
    const parts = splitFrontmatter(template);
    const { yaml, body } = 'error' in parts ? { yaml: '', body: '' } : parts;
    const document = parseDocument(yaml);
    document.set('title', title);
    document.set('themes', document.createNode(listOf(themes), { flow: true }));
    document.set('municipalities', document.createNode(listOf(municipalities), { flow: true }));
    if (organisations !== undefined)
      document.set('organisations', document.createNode(listOf(organisations), { flow: true }));
    document.set('published', new Date().toISOString().slice(0, 10));
    const file = join(root, collection, slug, `${lang}.mdx`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${body}`, {
      flag: 'wx',
    });
    return relative(process.cwd(), file);
  } finally {
    prompt.close();
  }
}
