// Runs in the browser, on the share page only: the script of src/components/share/ShareForm.astro,
// which documents the markup, field names and data attributes this relies on.
import { isLang } from '../i18n/locales.ts';
import { slugFromTitle } from '../lib/slug.ts';
import { shareKinds, type ShareForm, type ShareKind } from './build-entry-file.ts';
import { editorsMail, type MailTexts } from './editors-mail.ts';

const kinds = Object.keys(shareKinds) as ShareKind[];

/** The form's data attributes: where "Open on GitHub" goes, and the editors' message. */
interface ShareFormData {
  repository: string;
  branch: string;
  editors: string;
  mail: MailTexts & { subjectQuestion: string };
}

function readData(form: HTMLFormElement): ShareFormData {
  const data = (name: string) => {
    const value = form.dataset[name];
    if (value === undefined) throw new Error(`The share form has no data attribute for ${name}`);
    return value;
  };
  return {
    repository: data('repository'),
    branch: data('branch'),
    editors: data('editors'),
    mail: {
      subject: data('mailSubject'),
      subjectQuestion: data('mailSubjectQuestion'),
      intro: data('mailIntro'),
      problems: data('mailProblems'),
    },
  };
}

/** An element the component always has; a missing one is a mistake in its markup. */
function part<T extends Element>(within: ParentNode, selector: string): T {
  const element = within.querySelector<T>(selector);
  if (!element) throw new Error(`The share form has no ${selector}`);
  return element;
}

/** Turns the form into an entry file, checks it with the content check's own rules, and offers it. */
export function startShareForm(form: HTMLFormElement) {
  const data = readData(form);
  const result = part<HTMLElement>(document, '[data-kb-share-result]');
  const slug = part<HTMLInputElement>(form, '[name="slug"]');
  const title = part<HTMLInputElement>(form, '[name="title"]');
  document.querySelector('[data-kb-share-fallback]')?.setAttribute('hidden', '');
  // A question has no sources (content model, "Questions"); every other kind asks for them.
  const sources = part<HTMLTextAreaElement>(form, '[name="sources"]');
  const requireSources = () =>
    (sources.required = form.querySelector<HTMLInputElement>('[name="kind"]:checked')?.value !== 'question');
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
    const values: ShareForm = {
      kind: kinds.includes(kind) ? kind : 'practice',
      lang: isLang(lang) ? lang : 'nl',
      title: text('title'),
      slug: text('slug') || slugFromTitle(text('title')),
      summary: text('summary'),
      themes: all('themes'),
      municipalities: all('municipalities'),
      organisations: kind === 'question' ? all('organisations').filter(Boolean) : [],
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
    };
    const { makeEntryFile } = await import('./make-entry-file.ts');
    show(makeEntryFile(values, new Date().toISOString().slice(0, 10)), values);
  }

  function show(file: { path: string; text: string; problems: string[] }, values: ShareForm) {
    const { problems } = file;
    result.hidden = false;
    part(result, '[data-kb-share-path]').textContent = file.path;
    part<HTMLTextAreaElement>(result, '#kb-share-file').value = file.text;
    const problemBox = part<HTMLElement>(result, '[data-kb-share-problems]');
    problemBox.hidden = problems.length === 0;
    part(problemBox, 'ul').replaceChildren(
      ...problems.map((line) => Object.assign(document.createElement('li'), { textContent: line })),
    );
    part<HTMLElement>(result, '[data-kb-share-valid]').hidden = problems.length > 0;
    const download = part<HTMLAnchorElement>(result, '[data-kb-share-download]');
    download.href = URL.createObjectURL(new Blob([file.text], { type: 'text/markdown;charset=utf-8' }));
    download.download = file.path.split('/').slice(-2).join('-');
    const github = new URL(`${data.repository}/new/${data.branch}`);
    github.searchParams.set('filename', file.path);
    github.searchParams.set('value', file.text);
    part<HTMLAnchorElement>(result, '[data-kb-share-github]').href = github.href;
    const { subjectQuestion, ...texts } = data.mail;
    part<HTMLAnchorElement>(result, '[data-kb-share-editors]').href = editorsMail(data.editors, file, values.title, {
      ...texts,
      subject: values.kind === 'question' ? subjectQuestion : texts.subject,
    });
    result.focus();
  }
}
