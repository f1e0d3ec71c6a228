// Runs in the browser, on the share page only: the script of src/components/share/ShareForm.astro,
// which documents the markup, field names and data attributes this relies on.
import { isLang } from '../i18n/locales.ts';
import { fillPlaceholders } from '../i18n/plural.ts';
import { slugFromTitle } from '../lib/slug.ts';
import { shareKinds, type ShareForm, type ShareKind } from './build-entry-file.ts';
import { editorsMail, type MailExtras, type MailTexts } from './editors-mail.ts';
import { droppedFields, isShareMessageKey, type FormMessage, type ShareMessages } from './form-problems.ts';
import type { ShareFile } from './share-files.ts';

const kinds = Object.keys(shareKinds) as ShareKind[];

/** The form's data attributes: where "Open on GitHub" goes, the editors' message, and the page's words. */
interface ShareFormData {
  repository: string;
  branch: string;
  editors: string;
  mail: MailTexts & { subjectQuestion: string };
  /** The `share.*` strings of the page's language, and the kinds' names as `kind.<kind>`. */
  texts: Record<string, string>;
}

function readData(form: HTMLFormElement): ShareFormData {
  const data = (name: string) => {
    const value = form.dataset[name];
    if (value === undefined) throw new Error(`The share form has no data attribute for ${name}`);
    return value;
  };
  const texts = JSON.parse(data('texts')) as Record<string, string>;
  return {
    repository: data('repository'),
    branch: data('branch'),
    editors: data('editors'),
    mail: {
      subject: data('mailSubject'),
      subjectQuestion: data('mailSubjectQuestion'),
      intro: data('mailIntro'),
      problems: data('mailProblems'),
      files: texts['share.mailFiles'] ?? '',
      figure: texts['share.resultFigure'] ?? '',
      source: texts['share.resultSource'] ?? '',
      answers: texts['share.mailAnswers'] ?? '',
    },
    texts,
  };
}

/** An element the component always has; a missing one is a mistake in its markup. */
function part<T extends Element>(within: ParentNode, selector: string): T {
  const element = within.querySelector<T>(selector);
  if (!element) throw new Error(`The share form has no ${selector}`);
  return element;
}

const listItems = (lines: string[]) =>
  lines.map((line) => Object.assign(document.createElement('li'), { textContent: line }));

/** Turns the form into an entry file, checks it with the content check's own rules, and offers it. */
export function startShareForm(form: HTMLFormElement) {
  const data = readData(form);
  const say = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(data.texts[key] ?? key, values);
  const messages = Object.fromEntries(
    Object.entries(data.texts).filter(([key]) => isShareMessageKey(key)),
  ) as ShareMessages;
  const result = part<HTMLElement>(document, '[data-kb-share-result]');
  const slug = part<HTMLInputElement>(form, '[name="slug"]');
  const title = part<HTMLInputElement>(form, '[name="title"]');
  document.querySelector('[data-kb-share-fallback]')?.setAttribute('hidden', '');
  // Entries rest on sources; a question has none (content model, "Questions") and an event may.
  const sources = part<HTMLTextAreaElement>(form, '[name="sources"]');
  const requireSources = () => {
    const chosen = form.querySelector<HTMLInputElement>('[name="kind"]:checked')?.value;
    sources.required = chosen !== 'question' && chosen !== 'event';
  };
  fillFromAddress(form);
  requireSources();
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'kind') requireSources();
  });
  let slugEdited = false;
  slug.addEventListener('input', () => (slugEdited = slug.value !== ''));
  title.addEventListener('input', () => {
    if (!slugEdited) slug.value = slugFromTitle(title.value);
  });

  form.addEventListener('submit', (event) => void submit(event));
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const fields = new FormData(form);
    const text = (name: string) => {
      const value = fields.get(name);
      return typeof value === 'string' ? value : '';
    };
    const all = (name: string) => fields.getAll(name).filter((value) => typeof value === 'string');
    const kind = text('kind') as ShareKind;
    const lang = text('language');
    const [names, whats, uses] = [all('file-name'), all('file-what'), all('file-use')];
    const files: ShareFile[] = names
      .map((name, index) => ({
        name: name.trim(),
        what: (whats[index] ?? '').trim(),
        use: uses[index] === 'source' ? ('source' as const) : ('figure' as const),
      }))
      .filter((file) => file.name || file.what);
    const values: ShareForm = {
      kind: kinds.includes(kind) ? kind : 'practice',
      lang: isLang(lang) ? lang : 'nl',
      title: text('title'),
      slug: text('slug') || slugFromTitle(text('title')),
      summary: text('summary'),
      themes: all('themes'),
      municipalities: all('municipalities'),
      organisations: kind === 'question' || kind === 'event' ? all('organisations').filter(Boolean) : [],
      audience: text('audience'),
      periodStart: text('periodStart'),
      periodEnd: text('periodEnd'),
      outcomes: text('outcomes'),
      effort: text('effort') as ShareForm['effort'],
      needs: text('transfer'),
      steps: text('steps'),
      body: text('body'),
      sources: text('sources'),
      contactRole: text('contact-role'),
      contactEmail: text('contact-email'),
      files,
      answers: kind === 'question' || kind === 'event' ? '' : text('answers'),
      event: {
        type: text('type') as ShareForm['event']['type'],
        startDay: text('start'),
        endDay: text('end'),
        startTime: text('startTime'),
        endTime: text('endTime'),
        timezone: text('timezone'),
        place: text('place'),
        online: text('online') !== '',
        languages: all('languages'),
        interpretation: all('interpretation'),
        registration: text('registration'),
      },
    };
    const filled = (name: string) => text(name).trim() !== '';
    const dropped = droppedFields(values, {
      audience: filled('audience'),
      steps: filled('steps'),
      periodStart: filled('periodStart'),
      periodEnd: filled('periodEnd'),
      outcomes: filled('outcomes'),
      effort: filled('effort'),
      needs: filled('transfer'),
      sources: filled('sources'),
      answers: filled('answers'),
      organisations: all('organisations').some(Boolean),
      eventType: filled('type'),
      start: filled('start') || filled('startTime'),
      end: filled('end') || filled('endTime'),
      place: filled('place') || filled('online'),
      languages: all('languages').length > 0,
      interpretation: all('interpretation').length > 0,
      registration: filled('registration'),
    }).map((field) => say('share.dropped', { field: say(`share.field.${field}`), kind: say(`kind.${values.kind}`) }));
    const { makeEntryFile } = await import('./make-entry-file.ts');
    show(makeEntryFile(values, new Date().toISOString().slice(0, 10), messages), values, dropped);
  }

  function show(
    file: { path: string; text: string; problems: string[]; messages: FormMessage[] },
    values: ShareForm,
    dropped: string[],
  ) {
    result.hidden = false;
    const folder = file.path.replace(/[^/]+$/, '');
    part(result, '[data-kb-share-path]').textContent = file.path;
    part<HTMLTextAreaElement>(result, '#kb-share-file').value = file.text;
    const problemBox = part<HTMLElement>(result, '[data-kb-share-problems]');
    problemBox.hidden = file.messages.length === 0;
    part(problemBox, 'ul').replaceChildren(...listItems(file.messages.map((message) => message.text)));
    part<HTMLElement>(result, '[data-kb-share-valid]').hidden = file.messages.length > 0;
    const notes = part<HTMLElement>(result, '[data-kb-share-notes]');
    notes.hidden = dropped.length === 0;
    part(notes, 'ul').replaceChildren(...listItems(dropped));

    // The files: where each goes, and how each route carries them.
    const listed = values.files.filter((listed) => listed.name);
    const fileBox = part<HTMLElement>(result, '[data-kb-share-files]');
    fileBox.hidden = listed.length === 0;
    part(fileBox, 'p').textContent = say('share.resultFiles', { folder });
    part(fileBox, 'ul').replaceChildren(
      ...listItems(
        listed.map((listed) =>
          say(listed.use === 'figure' ? 'share.resultFigure' : 'share.resultSource', {
            name: `${folder}${listed.name}`,
          }),
        ),
      ),
    );
    const upload = part<HTMLAnchorElement>(result, '[data-kb-share-upload]');
    upload.hidden = listed.length === 0;
    upload.href = `${data.repository}/upload/${data.branch}/${folder.replace(/\/$/, '')}`;
    const uploadHint = part<HTMLElement>(result, '[data-kb-share-upload-hint]');
    uploadHint.hidden = listed.length === 0;
    uploadHint.textContent = say('share.githubUploadHint', { folder });
    const attach = part<HTMLElement>(result, '[data-kb-share-editors-attach]');
    attach.hidden = listed.length === 0;
    attach.textContent = say('share.editorsAttach', { names: listed.map((listed) => listed.name).join(', ') });

    // The question it answers: its page lists the entry in `answers`.
    const question = values.answers
      ? form.querySelector<HTMLOptionElement>(`[name="answers"] option[value="${CSS.escape(values.answers)}"]`)
      : null;
    const answering = question
      ? { path: `content/questions/${values.answers}/`, reference: `${shareKinds[values.kind]}/${values.slug}` }
      : undefined;
    const answeringBox = part<HTMLElement>(result, '[data-kb-share-answering]');
    answeringBox.hidden = !answering;
    if (question && answering) {
      part(answeringBox, 'span').textContent = say('share.answering', {
        title: question.textContent.trim(),
        ...answering,
      });
      part<HTMLAnchorElement>(answeringBox, '[data-kb-share-answering-edit]').href = question.dataset['edit'] ?? '#';
    }

    const download = part<HTMLAnchorElement>(result, '[data-kb-share-download]');
    download.href = URL.createObjectURL(new Blob([file.text], { type: 'text/markdown;charset=utf-8' }));
    download.download = file.path.split('/').slice(-2).join('-');
    const github = new URL(`${data.repository}/new/${data.branch}`);
    github.searchParams.set('filename', file.path);
    github.searchParams.set('value', file.text);
    part<HTMLAnchorElement>(result, '[data-kb-share-github]').href = github.href;
    const { subjectQuestion, ...texts } = data.mail;
    const extras: MailExtras = {
      ...(listed.length > 0 ? { files: { folder, list: listed } } : {}),
      ...(answering ? { answering } : {}),
    };
    part<HTMLAnchorElement>(result, '[data-kb-share-editors]').href = editorsMail(
      data.editors,
      file,
      values.title,
      { ...texts, subject: values.kind === 'question' ? subjectQuestion : texts.subject },
      extras,
    );
    result.focus();
  }
}

/**
 * The form as a link asks for it: `?kind=question` (ask the network), `?answers=<slug>` (an entry
 * that answers a question, from the question's page). Unknown values change nothing.
 */
function fillFromAddress(form: HTMLFormElement) {
  const query = new URLSearchParams(location.search);
  const kind = query.get('kind');
  if (kind && (kinds as string[]).includes(kind)) {
    const radio = form.querySelector<HTMLInputElement>(`[name="kind"][value="${CSS.escape(kind)}"]`);
    if (radio) radio.checked = true;
  }
  const answers = query.get('answers');
  const select = form.querySelector<HTMLSelectElement>('[name="answers"]');
  if (answers && select && [...select.options].some((option) => option.value === answers)) select.value = answers;
}
