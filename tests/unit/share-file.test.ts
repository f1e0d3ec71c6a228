import { describe, expect, it } from 'vitest';
import { checkEntryText } from '../../src/content-check/check-entry-text.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { parseEntryBodyInBrowser } from '../../src/mdx/parse-entry-body-in-browser.ts';
import { dictionaries } from '../../src/i18n/translations.ts';
import { editorsMailbox } from '../../src/lib/site.ts';
import { buildEntryFile, emptyShareEvent, shareKinds, type ShareForm } from '../../src/share/build-entry-file.ts';
import { editorsMail, mailtoUrl } from '../../src/share/editors-mail.ts';
import { slugFromTitle } from '../../src/lib/slug.ts';

const base: ShareForm = {
  kind: 'practice',
  lang: 'nl',
  title: 'Spreekuur met tolken',
  slug: 'spreekuur-met-tolken',
  summary: 'Een wekelijks spreekuur met tolken, zodat ontheemden hun vragen kunnen stellen.',
  themes: ['services'],
  municipalities: [],
  organisations: [],
  audience: '',
  periodStart: '',
  periodEnd: '',
  outcomes: '',
  effort: '',
  needs: '',
  steps: '',
  body: 'Tekst met {accolades} en <hoekhaken>.',
  sources: 'Een rapport | https://example.org/rapport',
  contactRole: '',
  contactEmail: '',
  files: [],
  answers: '',
  event: emptyShareEvent,
};
const problems = (form: ShareForm) => {
  const file = buildEntryFile(form, '2026-11-22');
  return checkEntryText({
    file: file.path,
    collection: shareKinds[form.kind],
    text: file.text,
    attachments: new Set(),
    today: '2026-11-22',
    parseBody: parseEntryBodyInBrowser,
  }).problems.map(formatProblem);
};

describe('a file from the share form', () => {
  it('is a valid practice, with braces and angle brackets kept as text', () => {
    expect(problems({ ...base, effort: 'low', needs: 'een tolk\nruimte' })).toEqual([]);
    expect(buildEntryFile(base, '2026-11-22').text).toContain('Tekst met \\{accolades\\} en \\<hoekhaken>.');
  });

  it('is a valid guide, its steps inside <Steps>', () => {
    const guide = {
      ...base,
      kind: 'guide' as const,
      audience: 'beleidsmedewerkers',
      steps: 'Eerste stap\nTweede stap',
    };
    expect(problems(guide)).toEqual([]);
    expect(buildEntryFile(guide, '2026-11-22').text).toContain('<Steps>\n\n1. Eerste stap\n2. Tweede stap\n\n</Steps>');
  });

  it('is a valid case with a period and outcomes', () => {
    expect(
      problems({
        ...base,
        kind: 'case',
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        outcomes: 'Een vast spreekuur',
      }),
    ).toEqual([]);
  });

  it('keeps what is wrong, so that the check names it', () => {
    expect(problems({ ...base, kind: 'case', periodStart: '', outcomes: '' })).toEqual([
      'content/cases/spreekuur-met-tolken/nl.mdx: period.start: found ""; expected a date YYYY-MM-DD',
      'content/cases/spreekuur-met-tolken/nl.mdx: outcomes: has 0 items; expected at least 1',
    ]);
  });

  it('is a valid open question with its askers, without the fields a question does not have', () => {
    const question: ShareForm = {
      ...base,
      kind: 'question',
      title: 'Hoe houden we contact met inwoners in Nederland?',
      slug: 'contact-met-inwoners',
      municipalities: ['aalsmeer'],
      organisations: ['vng-international'],
      // Typed in fields that the page hides for a question: none of it reaches the file.
      periodStart: '2026-01-01',
      outcomes: 'Een resultaat',
      effort: 'low',
      needs: 'een tolk',
      steps: 'Een stap',
    };
    expect(problems(question)).toEqual([]);
    const { path, text } = buildEntryFile(question, '2026-11-22');
    expect({ path, text }).toEqual({
      path: 'content/questions/contact-met-inwoners/nl.mdx',
      text:
        '---\ntitle: Hoe houden we contact met inwoners in Nederland?\nsummary: Een wekelijks spreekuur met tolken, zodat ontheemden hun vragen kunnen stellen.\n' +
        'themes:\n  - services\nmunicipalities:\n  - aalsmeer\norganisations:\n  - vng-international\npublished: 2026-11-22\nstate: open\n---\n\n' +
        'Tekst met \\{accolades\\} en \\<hoekhaken>.\n',
    });
  });

  it("is a question the check refuses when nobody asks it, with the check's own words", () => {
    expect(problems({ ...base, kind: 'question' })).toEqual([
      'content/questions/spreekuur-met-tolken/nl.mdx: municipalities: a question needs at least one asker; name the asking municipality in municipalities or the organisation in organisations',
    ]);
  });

  it('names the organisations involved in an entry, and leaves the field out when there are none', () => {
    expect(buildEntryFile({ ...base, organisations: ['vng'] }, '2026-11-22').text).toContain(
      'organisations:\n  - vng\npublished: 2026-11-22\n',
    );
    expect(buildEntryFile(base, '2026-11-22').text).not.toContain('organisations');
  });

  it('lives at content/<collection>/<slug>/<lang>.mdx', () => {
    expect(buildEntryFile({ ...base, kind: 'guide', lang: 'uk' }, '2026-11-22').path).toBe(
      'content/guides/spreekuur-met-tolken/uk.mdx',
    );
  });
});

describe('slugs from titles', () => {
  it('transliterate Ukrainian by the national system and drop Dutch accents', () => {
    expect(slugFromTitle('Реєстрація з працівником посольства')).toBe('reiestratsiia-z-pratsivnykom-posolstva');
    expect(slugFromTitle('Eén aanpak: flexwoningen in Aalsmeer!')).toBe('een-aanpak-flexwoningen-in-aalsmeer');
  });
});

describe('the message to the editors', () => {
  const texts = (lang: 'nl' | 'uk' | 'en', kind: 'entry' | 'question') => ({
    subject: dictionaries[lang][kind === 'question' ? 'share.mailSubjectQuestion' : 'share.mailSubject'],
    intro: dictionaries[lang]['share.mailIntro'],
    problems: dictionaries[lang]['share.mailProblems'],
  });
  const decode = (url: string) => {
    const [address = '', query = ''] = url.replace(/^mailto:/, '').split('?');
    const fields = Object.fromEntries(query.split('&').map((pair) => pair.split('=') as [string, string]));
    return {
      address,
      subject: decodeURIComponent(fields['subject'] ?? ''),
      body: decodeURIComponent(fields['body'] ?? ''),
    };
  };

  it('goes to the functional mailbox set in one place, a placeholder until KB_EDITORS_EMAIL is set', () => {
    expect(editorsMailbox).toBe(process.env['KB_EDITORS_EMAIL'] ?? 'redactie@kennisbank.example.org');
  });

  it("carries the checked file in the page's language, with the path to save it as", () => {
    const question: ShareForm = {
      ...base,
      kind: 'question',
      lang: 'uk',
      title: 'Як підтримувати зв’язок?',
      slug: 'zviazok',
      organisations: ['vng-international'],
    };
    const file = { ...buildEntryFile(question, '2026-11-22'), problems: [] };
    const mail = decode(editorsMail('redactie@kennisbank.example.org', file, question.title, texts('uk', 'question')));
    expect(mail.address).toBe('redactie@kennisbank.example.org');
    expect(mail.subject).toBe('Запитання до мережі: Як підтримувати зв’язок?');
    expect(mail.body).toBe(
      `${dictionaries.uk['share.mailIntro'].replace('{path}', 'content/questions/zviazok/uk.mdx')}\n\n${file.text}`.replace(
        /\n/g,
        '\r\n',
      ),
    );
  });

  it('says what the check still found, so that the editors see it before they open the file', () => {
    const file = {
      ...buildEntryFile({ ...base, themes: [] }, '2026-11-22'),
      problems: ['content/practices/spreekuur-met-tolken/nl.mdx: themes: has 0 items; expected at least 1'],
    };
    const mail = decode(
      editorsMail('redactie@kennisbank.example.org', file, ' Spreekuur met tolken ', texts('nl', 'entry')),
    );
    expect(mail.subject).toBe('Voor de kennisbank: Spreekuur met tolken');
    expect(mail.body.split('\r\n').slice(0, 7)).toEqual([
      'Beste redactie,',
      '',
      'Hierbij een bestand voor de kennisbank, gemaakt op de pagina ‘Deel een praktijk’. Wilt u het opslaan als content/practices/spreekuur-met-tolken/nl.mdx?',
      '',
      'De controle op de pagina vond nog deze problemen:',
      '- content/practices/spreekuur-met-tolken/nl.mdx: themes: has 0 items; expected at least 1',
      '',
    ]);
  });

  it('encodes every reserved character, and line breaks as CRLF', () => {
    expect(mailtoUrl('redactie@kennisbank.example.org', 'A & B?', 'x=1\n#2 100%')).toBe(
      'mailto:redactie@kennisbank.example.org?subject=A%20%26%20B%3F&body=x%3D1%0D%0A%232%20100%25',
    );
  });
});
