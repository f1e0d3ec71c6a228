import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { fixtureCopy } from './helpers/run.ts';

const today = '2026-11-22';
const report = async (root: string, production = true) =>
  (await checkContent({ root, today, production })).problems
    .map(formatProblem)
    .map((line) => line.replace(`${root}/`, ''));

describe('content check on a tree with every kind of broken file', () => {
  let lines: string[] = [];
  beforeAll(async () => {
    lines = await report('tests/fixtures/broken');
  });

  it('reports every problem of every file, one line each, sorted by file', () => {
    expect(lines).toEqual([
      'blogs: unknown folder; expected one of themes, municipalities, organisations, synonyms, practices, guides, cases, questions, events, newsletters',
      'cases/zonder-resultaat/nl.mdx: outcomes: has 0 items; expected at least 1',
      'cases/zonder-resultaat/nl.mdx: period: is required; expected a group of fields with start, end',
      'events/einde-voor-begin/nl.mdx: end: "2026-10-13T12:00+03:00" is before start "2026-10-13T14:00+03:00"; expected the end at or after the start',
      'events/verkeerde-tijdzone/nl.mdx: end: offset +01:00 is not that of Europe/Kyiv on 2026-03-10 (+02:00); write +02:00 or correct timezone',
      'events/verkeerde-tijdzone/nl.mdx: start: offset +01:00 is not that of Europe/Kyiv on 2026-03-10 (+02:00); write +02:00 or correct timezone',
      'events/zonder-plaats/nl.mdx: place: an event has a place, or online: true, or both',
      'events/zonder-plaats/nl.mdx: produced[0]: "guides/bestaat-niet" does not exist; expected an entry folder guides/bestaat-niet/ with at least one language file',
      'events/zonder-plaats/nl.mdx: registration: found "javascript:alert(1)"; expected a web address starting with https:// or http://',
      'events/zonder-plaats/nl.mdx: timezone: an event with times names the zone of its place, such as Europe/Amsterdam or Europe/Kyiv',
      'guides/zonder-doelgroep/nl.mdx: audience: is required; expected text',
      'municipalities/Groot_Dorp.yaml: file name "Groot_Dorp" is not a valid id; expected lowercase letters a–z, digits and single hyphens, at most 80 characters',
      'municipalities/noordstad.yaml: focus_themes[0]: unknown theme "wonen"; expected one of housing, economy, services',
      'municipalities/pivdenne.yaml: country: "UKR" is not allowed; expected one of NL, UA',
      'municipalities/pivdenne.yaml: partners: "noordstad" lists "pivdenne" as a partner, but "pivdenne" does not list "noordstad"; add "noordstad" here or remove the partnership in tests/fixtures/broken/municipalities/noordstad.yaml',
      'municipalities/pivdenne.yaml: pilot: found "yes"; expected true or false',
      'municipalities/pivdenne.yaml: population: found "many"; expected a number',
      'newsletters/2026-09/nl.mdx: entries[0]: "practices/bestaat-niet" does not exist; expected an entry folder practices/bestaat-niet/ with at least one language file',
      'newsletters/2026-09/nl.mdx: entries[2]: "events/bestaat-niet" does not exist; expected an entry folder events/bestaat-niet/ with at least one language file',
      'newsletters/2026-13: folder name "2026-13" is not valid; expected a month yyyy-mm',
      'organisations/kapot.yaml:3:1: YAML: unexpected end of the stream within a flow collection',
      'organisations/vng-international.yaml: website: found "ftp://vng-international.nl"; expected a web address starting with https:// or http://',
      'practices/contact-en-bronnen/nl.mdx: contact.email: found "geen-adres"; expected an email address such as team@example.org',
      'practices/contact-en-bronnen/nl.mdx: contact.phone: unknown field; phone numbers are not published; give a functional mailbox as contact.email',
      'practices/contact-en-bronnen/nl.mdx: sources[0].file: "plan.pdf" not found in the entry folder; expected a file beside nl.mdx',
      'practices/contact-en-bronnen/nl.mdx: sources[1].url: found "javascript:alert(1)"; expected a web address starting with https:// or http://',
      'practices/datums/nl.mdx: published: "2099-01-01" is in the future (today is 2026-11-22); expected a date up to today, or status: draft',
      'practices/datums/nl.mdx: updated: must not be before "published"',
      'practices/Hoofdletters: folder name "Hoofdletters" is not valid; expected lowercase letters a–z, digits and single hyphens, at most 80 characters',
      'practices/leeg: no text in this folder; expected practices/<slug>/<lang>.mdx',
      'practices/leeg/foto.jpg: the content is not JPG; save it as a real .jpg file, or name it after its type',
      'practices/lengtes/nl.mdx: summary: "Veel te lang. Veel te lang. Veel te lang. Veel te lang. V..." has 307 characters; expected at most 300',
      'practices/lengtes/nl.mdx: tags[0]: found "Opvang"; expected lowercase letters',
      'practices/lengtes/nl.mdx: tags[1]: "x" has 1 character; expected at least 2',
      'practices/lengtes/nl.mdx: themes: has 0 items; expected at least 1',
      'practices/lengtes/nl.mdx: title: "Ab" has 2 characters; expected at least 3',
      'practices/los.mdx: file outside an entry folder; expected practices/<slug>/<lang>.mdx',
      'practices/mdx-expressie/nl.mdx:8:7: JavaScript expression {process.exit(1)} is not allowed; write \\{ for a literal brace',
      'practices/mdx-html/nl.mdx:8:1: <script> is not allowed in entries',
      'practices/mdx-html/nl.mdx:10:1: <Callout>: type="warning" is not allowed; expected one of note, tip, caution',
      'practices/mdx-html/nl.mdx:10:1: <Callout>: event handler onClick is not allowed',
      'practices/mdx-html/nl.mdx:12:1: <Video> is not allowed; use Markdown or one of the components Callout, Steps, Figure, Lang',
      'practices/mdx-html/nl.mdx:14:1: <Figure>: caption must be a plain string in double quotes, e.g. caption="…"',
      'practices/mdx-html/nl.mdx:14:1: <Figure> needs the attribute src="…"',
      'practices/mdx-html/nl.mdx:16:1: link "javascript:alert(1)" is not allowed; expected https://, http://, mailto: or a relative link',
      'practices/mdx-html/nl.mdx:16:37: "kaart.png" not found in the entry folder',
      'practices/mdx-import/nl.mdx:8:1: import/export statements are not allowed; the site provides the components (Callout, Steps, Figure, Lang) without imports',
      'practices/mdx-syntax/nl.mdx:10:1: MDX syntax error: Expected a closing tag for `<Callout>`; write \\{ and \\< for a literal brace or angle bracket',
      'practices/naar-concept/nl.mdx: related[0]: "practices/concept" is a draft and is left out of the site; remove the reference or publish it',
      'practices/ongeldige-datums/nl.mdx: period.end: must not be before "start"',
      'practices/ongeldige-datums/nl.mdx: published: found "2026-02-30"; expected an existing calendar date YYYY-MM-DD',
      'practices/ongeldige-datums/nl.mdx: status: "publish" is not allowed; expected one of published, draft',
      'practices/ongeldige-datums/nl.mdx: transfer.effort: "huge" is not allowed; expected one of low, medium, high',
      'practices/ontbrekende-velden/nl.mdx: published: is required; expected a date YYYY-MM-DD',
      'practices/ontbrekende-velden/nl.mdx: summary: is required; expected text',
      'practices/ontbrekende-velden/nl.mdx: themes: is required; expected a list',
      'practices/ontbrekende-velden/nl.mdx: title: is required; expected text',
      'practices/talen: no text in this folder; expected practices/<slug>/<lang>.mdx',
      'practices/talen/fr.mdx: file name must be nl.mdx, uk.mdx or en.mdx (the language of the text); expected practices/<slug>/<lang>.mdx',
      'practices/talen/nl.md: entries are MDX files; rename to nl.mdx',
      'practices/tikfout/nl.mdx: phone: unknown field; phone numbers are not published; give a functional mailbox as contact.email',
      'practices/tikfout/nl.mdx: themse: unknown field; did you mean "themes"?',
      'practices/vertaling/uk.mdx: translation.from: "en" has no file in this folder; expected the language of another file here (there is none yet)',
      'practices/verwijzingen/nl.mdx: contact.organisation: unknown organisation "onbekend"; expected one of kapot, vng-international',
      'practices/verwijzingen/nl.mdx: municipalities[1]: unknown municipality "kyiv"; expected one of noordstad, pivdenne',
      'practices/verwijzingen/nl.mdx: organisations[0]: unknown organisation "vng"; expected one of kapot, vng-international',
      'practices/verwijzingen/nl.mdx: related[0]: "guides/bestaat-niet" does not exist; expected an entry folder guides/bestaat-niet/ with at least one language file',
      'practices/verwijzingen/nl.mdx: related[1]: "practices/verwijzingen" is this entry itself; expected another entry',
      'practices/verwijzingen/nl.mdx: related[2]: found "blogs/iets"; expected <collection>/<slug> with collection one of practices, guides, cases',
      'practices/verwijzingen/nl.mdx: themes[0]: unknown theme "huisvesting"; expected one of housing, economy, services',
      'practices/yaml-fout/nl.mdx:3:1: YAML: this field is given twice; keep one',
      'practices/zonder-frontmatter/nl.mdx:1:1: no frontmatter; the file must start with fields between two "---" lines',
      'questions/beantwoord-zonder-antwoord/nl.mdx: answers: an answered question lists at least one answer; add answers or set state: open',
      'questions/onbekende-vrager/nl.mdx: municipalities[0]: unknown municipality "nergenshuizen"; expected one of noordstad, pivdenne',
      'questions/vraag-als-antwoord/nl.mdx: answers[0]: "questions/beantwoord-zonder-antwoord" is a question, and a question is never an answer or a basis; expected a practice, guide or case',
      'questions/vraag-als-antwoord/nl.mdx: offered_by[0]: unknown municipality or organisation "atlantis"; expected an id from content/municipalities/ or content/organisations/',
      'questions/zonder-vrager/nl.mdx: municipalities: a question needs at least one asker; name the asking municipality in municipalities or the organisation in organisations',
      'themes/economy.yaml: description: is required; expected a group of fields with nl, uk, en',
      'themes/services.yaml: id: "service" differs from the file name; expected "services"',
      'themes/services.yaml: name.de: unknown field; expected one of nl, uk, en',
    ]);
  });

  it('never reports the valid entries that sit between the broken ones', () => {
    expect(
      lines.filter((line) => line.startsWith('practices/geldig/') || line.startsWith('practices/concept/')),
    ).toEqual([]);
  });

  it('lets a published entry point at a draft outside production, where drafts are shown', async () => {
    const development = await report('tests/fixtures/broken', false);
    expect(development.filter((line) => line.includes('is a draft'))).toEqual([]);
    expect(development.length).toBe(lines.length - 1);
  });
});

describe('content check on valid trees', () => {
  it('accepts a tree that uses every field, component and Markdown feature', async () => {
    expect(await report('tests/fixtures/valid')).toEqual([]);
  });

  it('accepts the fixture site, a copy of the example content (content/ itself is checked by npm run build)', async () => {
    const { problems } = await checkContent({ root: 'tests/fixtures/site', production: true });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('returns the validated records with defaults filled in', async () => {
    const { entries } = await checkContent({ root: 'tests/fixtures/valid', today });
    const guide = entries.find((entry) => entry.collection === 'guides');
    expect(guide).toMatchObject({ slug: 'handreiking', lang: 'nl', valid: true });
    expect(guide?.data).toMatchObject({ status: 'published', municipalities: [], tags: [], related: [] });
  });
});

describe('content check of a large tree, on every core', () => {
  // 1,500 texts: enough for the check to hand them out in chunks to worker threads too.
  const root = fixtureCopy('valid');
  const content = join(root, 'content');
  const source = join(content, 'practices/goede-praktijk');
  const broken = new Set([3, 451, 1203, 1499]);
  beforeAll(() => {
    const text = readFileSync(join(source, 'nl.mdx'), 'utf8');
    for (let index = 0; index < 1500; index++) {
      const folder = join(content, `practices/kopie-${String(index).padStart(4, '0')}`);
      cpSync(source, folder, { recursive: true });
      rmSync(join(folder, 'uk.mdx'));
      writeFileSync(
        join(folder, 'nl.mdx'),
        broken.has(index) ? text.replace('published: 2026-05-01', 'published: 2026-02-30') : text,
      );
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds exactly the broken texts among them, in order, with every record kept', async () => {
    const result = await checkContent({ root: content, today, cwd: content });
    expect(result.problems.map(formatProblem)).toEqual(
      [...broken].map(
        (index) =>
          `practices/kopie-${String(index).padStart(4, '0')}/nl.mdx: published: found "2026-02-30"; expected an existing calendar date YYYY-MM-DD`,
      ),
    );
    expect(result.entries.filter((entry) => entry.slug.startsWith('kopie-'))).toHaveLength(1500);
    expect(
      result.files.filter((folder) => folder.slug.startsWith('kopie-')).every((f) => f.files.includes('plan.pdf')),
    ).toBe(true);
  });
});
