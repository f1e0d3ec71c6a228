import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { contentRoot } from '../src/content-check/content-root.ts';
import { isLang, langs } from '../src/i18n/locales.ts';
import { slugFromTitle } from '../src/lib/slug.ts';
import { idPattern, idRule } from '../src/schemas/common.ts';
import { contentIds } from './lib/content-ids.ts';
import { createPrompt } from './lib/prompt.ts';

const kinds = { practice: 'practices', guide: 'guides', case: 'cases' } as const;
type Kind = keyof typeof kinds;

const usage = `Usage: npm run new [-- --kind practice --slug <slug> --lang nl --title "…" --themes housing,services --municipalities aalsmeer]

Creates content/<practices|guides|cases>/<slug>/<lang>.mdx from the template of its kind
(scripts/templates/), as a draft that passes \`npm run check\`. Asks for every value not given
as a flag, listing the valid themes and municipalities. Never overwrites a file.

  --kind            practice, guide or case
  --slug            folder name: ${idRule}
  --lang            language of the text: ${langs.join(', ')}
  --title           3–120 characters
  --themes          comma-separated theme ids
  --municipalities  comma-separated municipality ids (may be empty)
  --root            content folder (default: $KB_CONTENT_DIR or content/)`;

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    slug: { type: 'string' },
    lang: { type: 'string' },
    title: { type: 'string' },
    themes: { type: 'string' },
    municipalities: { type: 'string' },
    root: { type: 'string' },
    help: { type: 'boolean' },
  },
});

if (values.help) {
  console.log(usage);
} else {
  try {
    console.log(`Created ${await createEntry()}. Fill it in, remove "status: draft" when it is ready, and run npm run check.`);
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
  const get = async (given: string | undefined, question: string, check: (answer: string) => string | undefined, fallback = '') => {
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
    return wrong.length ? `Unknown ${noun} ${wrong.map((id) => `"${id}"`).join(', ')}; expected one of ${known.map((k) => k.id).join(', ')}.` : undefined;
  };

  try {
    const kind = (await get(values.kind, `Kind (${Object.keys(kinds).join(', ')}):`, (answer) =>
      answer in kinds ? undefined : `Unknown kind "${answer}"; expected one of ${Object.keys(kinds).join(', ')}.`,
    )) as Kind;
    const lang = await get(values.lang, `Language of the text (${langs.join(', ')}):`, (answer) =>
      isLang(answer) ? undefined : `Unknown language "${answer}"; expected one of ${langs.join(', ')}.`,
    );
    const title = await get(values.title, 'Title (3–120 characters):', (answer) =>
      answer.length >= 3 && answer.length <= 120 ? undefined : `The title has ${answer.length} characters; expected 3–120.`,
    );
    const suggestion = slugFromTitle(title);
    const slug = await get(
      values.slug,
      suggestion ? `Folder name (slug) [${suggestion}]:` : 'Folder name (slug), in Latin letters, e.g. flexwoningen-voorbeeld:',
      (answer) => {
        if (!idPattern.test(answer) || answer.length > 80) return `"${answer}" is not a valid slug; expected ${idRule}.`;
        const file = join(root, kinds[kind], answer, `${lang}.mdx`);
        return existsSync(file) ? `${relative(process.cwd(), file)} exists already; choose another slug or edit that file.` : undefined;
      },
      suggestion,
    );
    const themes = await get(values.themes, `Themes, separated by commas:\n${list(ids.themes)}\n>`, (answer) =>
      listOf(answer).length === 0 ? 'Give at least one theme.' : unknown(answer, ids.themes, 'theme'),
    );
    const municipalities = await get(
      values.municipalities,
      `Municipalities, separated by commas (empty for network-wide content):\n${list(ids.municipalities)}\n>`,
      (answer) => unknown(answer, ids.municipalities, 'municipality'),
    );

    const template = readFileSync(new URL(`templates/${kind}.${lang}.mdx`, import.meta.url), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(template) ?? [];
    const document = parseDocument(frontmatter);
    document.set('title', title);
    document.set('themes', document.createNode(listOf(themes), { flow: true }));
    document.set('municipalities', document.createNode(listOf(municipalities), { flow: true }));
    document.set('published', new Date().toISOString().slice(0, 10));
    const file = join(root, kinds[kind], slug, `${lang}.mdx`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${body}`, { flag: 'wx' });
    return relative(process.cwd(), file);
  } finally {
    prompt.close();
  }
}

