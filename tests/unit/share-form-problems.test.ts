import { describe, expect, it } from 'vitest';
import { publishedFileTypes } from '../../src/content-check/entry-files.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/translations.ts';
import { buildEntryFile, emptyShareEvent, type ShareForm } from '../../src/share/build-entry-file.ts';
import { editorsMail } from '../../src/share/editors-mail.ts';
import { droppedFields, isShareMessageKey, type ShareMessages } from '../../src/share/form-problems.ts';
import { makeEntryFile } from '../../src/share/make-entry-file.ts';
import { shareableExtensions } from '../../src/share/share-files.ts';

// The share page's files, its messages in the reader's language naming the form's own fields,
// and nothing typed dropped without a word.
const today = '2026-11-22';
const practice: ShareForm = {
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
  body: 'Elke week een spreekuur.',
  sources: 'Een rapport | https://example.org/rapport',
  contactRole: '',
  contactEmail: '',
  files: [],
  answers: '',
  event: emptyShareEvent,
};
const messagesOf = (lang: Lang) =>
  Object.fromEntries(Object.entries(dictionaries[lang]).filter(([key]) => isShareMessageKey(key))) as ShareMessages;
const check = (form: ShareForm, lang: Lang = 'nl') => makeEntryFile(form, today, messagesOf(lang));
const said = (form: ShareForm, lang: Lang = 'nl') => check(form, lang).messages.map((message) => message.text);

describe('files listed on the share form', () => {
  const withFiles: ShareForm = {
    ...practice,
    sources: 'Projectplan | projectplan.pdf',
    files: [
      { name: 'spreekuur.jpg', what: 'Het spreekuur in de bibliotheek, met "tolken"', use: 'figure' },
      { name: 'projectplan.pdf', what: 'Projectplan', use: 'source' },
      { name: 'begroting.xlsx', what: 'Begroting 2026', use: 'source' },
    ],
  };

  it('become <Figure> lines at the end of the body and sources with a file, and pass the check', () => {
    const result = check(withFiles);
    expect(result.problems).toEqual([]);
    expect(result.messages).toEqual([]);
    expect(result.text).toContain(
      '\n\nElke week een spreekuur.\n\n<Figure src="spreekuur.jpg" alt="Het spreekuur in de bibliotheek, met ”tolken”" />\n',
    );
    // «Projectplan | projectplan.pdf» in the sources field is the listed file, named once.
    expect(result.text).toContain(
      'sources:\n  - title: Projectplan\n    file: projectplan.pdf\n  - title: Begroting 2026\n    file: begroting.xlsx\n',
    );
  });

  it('a file named in the sources but not listed leads to the files, on the line where it was written', () => {
    expect(
      said({ ...withFiles, sources: 'Een rapport | https://example.org/\nProjectplan | projectplan.pdf', files: [] }),
    ).toEqual([
      `Bronnen, regel 2: ‘projectplan.pdf’ is een bestand, geen webadres: zet het onder ‘Foto's en documenten’ als bron, dan komt het in de map van de bijdrage`,
    ]);
    expect(said({ ...withFiles, lang: 'uk', sources: 'План | projectplan.pdf', files: [] }, 'uk')).toEqual([
      'Джерела, рядок 1: «projectplan.pdf» — це файл, а не вебадреса: додайте його в розділі «Фото та документи» як джерело, і він потрапить до теки матеріалу',
    ]);
  });

  it('says what is wrong with a listed file, by its row', () => {
    expect(
      said({
        ...practice,
        files: [
          { name: 'plan.doc', what: 'Plan', use: 'source' },
          { name: 'plan.pdf', what: 'Plan', use: 'figure' },
          { name: 'foto.jpg', what: '', use: 'figure' },
          { name: '', what: 'Een foto', use: 'figure' },
          { name: 'map/foto.jpg', what: 'Een foto', use: 'figure' },
        ],
      }),
    ).toEqual([
      `Bestand, regel 1: ‘plan.doc’: dit soort bestand wordt niet gepubliceerd; sla het op als een van ${shareableExtensions.join(', ')}`,
      'Bestand, regel 2: ‘plan.pdf’ is geen foto of afbeelding en kan dus geen afbeelding in de tekst zijn; kies ‘Bron’ of gebruik JPEG, PNG, WebP, AVIF of GIF',
      'Bestand, regel 3: zeg wat ‘foto.jpg’ is: bij een foto wordt dat voorgelezen aan wie haar niet ziet, bij een document is het de titel',
      'Bestand, regel 4: geef de naam van het bestand, zoals op uw computer (bijv. foto.jpg)',
      'Bestand, regel 5: ‘map/foto.jpg’: geef alleen de naam van het bestand, zonder map',
    ]);
  });

  it('are the types the build publishes', () => {
    expect([...shareableExtensions].sort()).toEqual(Object.keys(publishedFileTypes).sort());
  });

  it('are named in the message to the editors, to be attached', () => {
    const file = buildEntryFile(withFiles, today);
    const url = editorsMail(
      'redactie@example.org',
      { ...file, problems: [] },
      withFiles.title,
      {
        subject: dictionaries.nl['share.mailSubject'],
        intro: dictionaries.nl['share.mailIntro'],
        problems: dictionaries.nl['share.mailProblems'],
        files: dictionaries.nl['share.mailFiles'],
        figure: dictionaries.nl['share.resultFigure'],
        source: dictionaries.nl['share.resultSource'],
      },
      { files: { folder: 'content/practices/spreekuur-met-tolken/', list: withFiles.files } },
    );
    const body = decodeURIComponent(url.split('&body=')[1]!).split('\r\n');
    expect(body.slice(4, 8)).toEqual([
      'Als bijlage bij dit bericht, voor de map content/practices/spreekuur-met-tolken/:',
      '- spreekuur.jpg: afbeelding in de tekst (Het spreekuur in de bibliotheek, met "tolken")',
      '- projectplan.pdf: bron (Projectplan)',
      '- begroting.xlsx: bron (Begroting 2026)',
    ]);
  });
});

describe('an event from the share page', () => {
  const webinar: ShareForm = {
    ...practice,
    kind: 'event',
    title: 'Webinar over tijdelijke woningen',
    slug: 'webinar-tijdelijke-woningen',
    summary: 'Een webinar over hoe gemeenten tijdelijke woningen voor ontheemden plannen en bouwen.',
    themes: ['housing'],
    organisations: ['vng-international'],
    sources: '',
    outcomes: '',
    event: {
      ...emptyShareEvent,
      type: 'webinar',
      startDay: '2026-03-10',
      startTime: '10:00',
      endTime: '11:30',
      online: true,
      languages: ['nl', 'uk'],
      interpretation: ['uk'],
      registration: 'https://example.org/aanmelden',
    },
  };

  it('writes its times with the offset of the chosen zone on that day, and passes the check', () => {
    const result = check(webinar);
    expect(result.problems).toEqual([]);
    expect(result.path).toBe('content/events/webinar-tijdelijke-woningen/nl.mdx');
    expect(result.text).toContain(
      'organisations:\n  - vng-international\npublished: 2026-11-22\ntype: webinar\nstart: 2026-03-10T10:00+01:00\nend: 2026-03-10T11:30+01:00\ntimezone: Europe/Amsterdam\nonline: true\nlanguages:\n  - nl\n  - uk\ninterpretation:\n  - uk\nregistration: https://example.org/aanmelden\n',
    );
    // Summer time in Kyiv: three hours ahead of UTC.
    const summer = check({ ...webinar, event: { ...webinar.event, startDay: '2026-07-01', timezone: 'Europe/Kyiv' } });
    expect(summer.problems).toEqual([]);
    expect(summer.text).toContain(
      'start: 2026-07-01T10:00+03:00\nend: 2026-07-01T11:30+03:00\ntimezone: Europe/Kyiv\n',
    );
  });

  it('is whole days without times, keeps its outcomes, and has no question to answer', () => {
    const visit = check({
      ...webinar,
      answers: 'some-question',
      outcomes: 'Een plan voor tijdelijke woningen\nEen tweede bezoek in het najaar',
      event: {
        ...webinar.event,
        type: 'working-visit',
        startTime: '',
        endTime: '',
        endDay: '2026-03-14',
        online: false,
        place: 'Aalsmeer',
      },
    });
    expect(visit.problems).toEqual([]);
    expect(visit.text).toContain('start: 2026-03-10\nend: 2026-03-14\nplace: Aalsmeer\n');
    expect(visit.text).not.toContain('timezone');
    expect(visit.text).not.toContain('Answers questions/');
    expect(visit.text).toContain(
      'outcomes:\n  - Een plan voor tijdelijke woningen\n  - Een tweede bezoek in het najaar\n',
    );
  });

  it('an event’s fields filled in for a practice are named as left out, and a practice’s for an event', () => {
    expect(droppedFields(practice, { eventType: true, start: true, registration: true })).toEqual([
      'eventType',
      'start',
      'registration',
    ]);
    expect(droppedFields(webinar, { outcomes: true, sources: true, organisations: true, effort: true })).toEqual([
      'effort',
    ]);
  });
});

describe("the share page's messages", () => {
  it('name the form field and its line, in the reader’s language', () => {
    const form: ShareForm = {
      ...practice,
      title: 'Ab',
      themes: [],
      sources: 'Een rapport\nDe website | www.example.org',
      periodStart: '2026-05-01',
      periodEnd: '2026-04-01',
      contactEmail: 'geen adres',
    };
    expect(said(form)).toEqual([
      'Titel: 2 tekens; er zijn er ten minste 3 nodig',
      `Thema's: kies er ten minste één`,
      'Einddatum: de einddatum ligt voor de begindatum',
      'Bronnen, regel 2: ‘www.example.org’ is geen webadres; schrijf er een dat begint met https:// of http://, of alleen de titel van het document',
      'Contact: vul dit in',
      'Functioneel e-mailadres: ‘geen adres’ is geen e-mailadres; schrijf een functioneel adres zoals team@voorbeeld.nl',
    ]);
    expect(said({ ...form, lang: 'uk' }, 'uk')).toEqual([
      'Назва: символів: 2; потрібно щонайменше 3',
      'Теми: виберіть щонайменше одну',
      'Дата завершення: дата завершення раніша за дату початку',
      'Джерела, рядок 2: «www.example.org» — не вебадреса; напишіть адресу, що починається з https:// або http://, або лише назву документа',
      'Контакт: заповніть це поле',
      'Службова адреса: «geen adres» — не адреса електронної пошти; напишіть службову адресу, напр. team@example.org',
    ]);
  });

  it('name the line of the text where a body problem is, and the outcome that is too short', () => {
    const form: ShareForm = {
      ...practice,
      kind: 'case',
      periodStart: '2026-01-01',
      outcomes: '\nEen vast spreekuur\nAb',
      body: '\n\nEerste alinea.\n\n![De wachtkamer](wachtkamer.jpg)',
    };
    expect(said(form)).toEqual([
      'Resultaten, regel 3: 2 tekens; er zijn er ten minste 3 nodig',
      `Tekst, regel 5: ‘wachtkamer.jpg’ staat niet onder ‘Foto's en documenten’; zet het daar, dan komt het naast de tekst`,
    ]);
  });

  it('say who asks a question, in English too', () => {
    expect(said({ ...practice, kind: 'question', lang: 'en' }, 'en')).toEqual([
      'Municipalities that ask: a question needs someone who asks it: tick a municipality or choose an organisation',
    ]);
  });

  it('keep the lines about what another municipality needs when no effort is chosen, and ask for the effort', () => {
    const form = { ...practice, needs: 'een tolk\nruimte in de bibliotheek\nbudget voor een jaar' };
    expect(buildEntryFile(form, today).text).toContain(
      'transfer:\n  needs:\n    - een tolk\n    - ruimte in de bibliotheek\n    - budget voor een jaar\n',
    );
    expect(said(form)).toEqual([
      'Inspanning: kies hoeveel inspanning het kost (laag, gemiddeld of hoog): de regels over wat een andere gemeente nodig heeft blijven staan, en de controle vraagt de inspanning erbij',
    ]);
  });

  it('keep an end date without a start date and a mailbox without a role, and ask for what is missing', () => {
    const text = buildEntryFile({ ...practice, periodEnd: '2026-06-30', contactEmail: 'team@example.org' }, today).text;
    expect(text).toContain('period:\n  start: ""\n  end: 2026-06-30\n');
    expect(text).toContain('contact:\n  email: team@example.org\n');
  });

  it('say what an event lacks, in the reader’s language, by the fields of the form', () => {
    const event: ShareForm = {
      ...practice,
      kind: 'event',
      lang: 'uk',
      sources: '',
      event: { ...emptyShareEvent, startDay: '2026-03-10', startTime: '10:00' },
    };
    expect(said(event, 'uk')).toEqual([
      'Вид події: оберіть вид події',
      'Останній день і час: вкажіть і час початку, і час завершення, або жодного для цілих днів',
      'Місце: вкажіть місце або позначте, що можна взяти участь онлайн',
      'Мови: виберіть щонайменше одну',
    ]);
    expect(
      said({
        ...event,
        lang: 'nl',
        event: { ...event.event, type: 'webinar', startDay: '', startTime: '', online: true, languages: ['nl'] },
      }),
    ).toEqual(['Eerste dag en tijd: vul dit in', 'Laatste dag en tijd: vul dit in']);
    expect(
      said(
        {
          ...event,
          lang: 'en',
          event: {
            ...event.event,
            type: 'meeting',
            endDay: '2026-03-09',
            endTime: '12:00',
            place: 'Kyiv',
            languages: ['uk'],
          },
        },
        'en',
      ),
    ).toEqual(['Last day and time: the end date is before the start date']);
  });

  it('name a time zone changed by hand instead of failing', () => {
    const tampered: ShareForm = {
      ...practice,
      kind: 'event',
      sources: '',
      event: {
        ...emptyShareEvent,
        type: 'webinar',
        startDay: '2026-03-10',
        startTime: '10:00',
        endTime: '11:00',
        timezone: 'Mars/Olympus',
        online: true,
        languages: ['nl'],
      },
    };
    // Without a zone the times have no offset: the check names the times and the zone, nothing throws.
    expect(said(tampered, 'en')).toEqual([
      'First day and time: “2026-03-10T10:00” is not a date; choose one in the calendar',
      'Last day and time: “2026-03-10T11:00” is not a date; choose one in the calendar',
      'Time zone: the check says (in English): found "Mars/Olympus"; expected a time zone such as Europe/Amsterdam or Europe/Kyiv',
    ]);
  });

  it('have words in every language for every rule they state', () => {
    for (const lang of ['nl', 'uk', 'en'] as const) {
      const messages = messagesOf(lang);
      for (const text of Object.values(messages)) expect(text).not.toMatch(/^share\./);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(messagesOf('en')).sort());
    }
  });

  it('say which fields the chosen kind leaves out', () => {
    expect(droppedFields({ ...practice, kind: 'question' }, { sources: true, steps: true, answers: true })).toEqual([
      'steps',
      'sources',
      'answers',
    ]);
    expect(droppedFields(practice, { sources: true, needs: true, outcomes: true })).toEqual(['outcomes']);
  });
});

describe('an entry that answers a question', () => {
  it('names the question in its file, where the editors see which question lists it', () => {
    const result = check({ ...practice, answers: 'contact-met-inwoners-in-nederland' });
    expect(result.problems).toEqual([]);
    expect(result.text.split('\n').slice(0, 2)).toEqual([
      '---',
      '# Answers questions/contact-met-inwoners-in-nederland: add practices/spreekuur-met-tolken to "answers" in content/questions/contact-met-inwoners-in-nederland/',
    ]);
  });

  it('says so in the message to the editors', () => {
    const file = { ...buildEntryFile(practice, today), problems: [] };
    const url = editorsMail(
      'redactie@example.org',
      file,
      practice.title,
      {
        subject: dictionaries.en['share.mailSubject'],
        intro: dictionaries.en['share.mailIntro'],
        problems: dictionaries.en['share.mailProblems'],
        answers: dictionaries.en['share.mailAnswers'],
      },
      { answering: { path: 'content/questions/q/', reference: 'practices/spreekuur-met-tolken' } },
    );
    expect(decodeURIComponent(url.split('&body=')[1]!).split('\r\n')[4]).toBe(
      'It answers the question content/questions/q/: please add practices/spreekuur-met-tolken to “answers” there.',
    );
  });
});
