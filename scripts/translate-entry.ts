import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { contentRoot } from '../src/content-check/content-root.ts';
import { splitFrontmatter } from '../src/content-check/frontmatter.ts';
import { isLang, langs, type Lang } from '../src/i18n/locales.ts';

const usage = `Usage: npm run translate -- <collection>/<slug> --to <lang> [--from <lang>]

Starts a translation: copies the entry's text in --from (default: its original, the file that is
not itself a translation) to <lang>.mdx beside it, marked \`translation: { from, reviewed: false }\`
and \`status: draft\`. Translate the text, then remove "status: draft"; a person who checked the
translation sets "reviewed: true". Never overwrites a file.

  --to     the new language: ${langs.join(', ')}
  --from   the language to translate from
  --root   content folder (default: $KB_CONTENT_DIR or content/)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { to: { type: 'string' }, from: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean' } },
});

if (values.help) {
  console.log(usage);
} else {
  try {
    console.log(`Created ${startTranslation()}. Translate it, then remove "status: draft" and run npm run check.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}

function startTranslation(): string {
  const [entry] = positionals;
  if (!entry || !/^(practices|guides|cases|newsletters)\/[a-z0-9-]+$/.test(entry)) {
    throw new Error(`Name the entry as <collection>/<slug>, e.g. practices/flexwoningen-aalsmeer.\n\n${usage}`);
  }
  const to = values.to;
  if (!to || !isLang(to)) throw new Error(`--to must be one of ${langs.join(', ')}.`);
  const folder = join(contentRoot(values.root), entry);
  const existing = langs.filter((lang) => existsSync(join(folder, `${lang}.mdx`)));
  if (existing.length === 0) throw new Error(`${relative(process.cwd(), folder)} has no nl.mdx, uk.mdx or en.mdx.`);
  const target = join(folder, `${to}.mdx`);
  if (existsSync(target)) throw new Error(`${relative(process.cwd(), target)} exists already; edit it instead.`);

  const read = (lang: Lang) => readFileSync(join(folder, `${lang}.mdx`), 'utf8');
  const split = (text: string) => {
    const parts = splitFrontmatter(text);
    return 'error' in parts ? undefined : parts;
  };
  let from = values.from;
  if (from !== undefined && !(isLang(from) && existing.includes(from))) {
    throw new Error(`--from must be a language this entry has: ${existing.join(', ')}.`);
  }
  from ??= existing.find((lang) => !/^translation:/m.test(split(read(lang))?.yaml ?? '')) ?? existing[0]!;

  const parts = split(read(from as Lang));
  if (!parts)
    throw new Error(`${entry}/${from}.mdx has no frontmatter between "---" lines; fix it first (npm run check).`);
  const document = parseDocument(parts.yaml);
  document.set('status', 'draft');
  document.set('translation', document.createNode({ from, reviewed: false }, { flow: true }));
  writeFileSync(target, `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${parts.body}`, {
    flag: 'wx',
  });
  return relative(process.cwd(), target);
}
