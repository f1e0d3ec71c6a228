// Runs in the browser, on the "share a practice" page only (practices, guides, cases and questions).
import { isLang } from '../i18n/locales.ts';
import { slugFromTitle } from '../lib/slug.ts';
import { shareKinds, type ShareForm, type ShareKind } from './build-entry-file.ts';
import { editorsMail } from './editors-mail.ts';

const kinds = Object.keys(shareKinds) as ShareKind[];

/** Turns the form into an entry file, checks it with the content check's own rules, and offers it. */
export function startSharePage(form: HTMLFormElement) {
  const result = document.querySelector<HTMLElement>('[data-kb-share-result]')!;
  const slug = form.querySelector<HTMLInputElement>('[name="slug"]')!;
  const title = form.querySelector<HTMLInputElement>('[name="title"]')!;
  document.querySelector('[data-kb-share-fallback]')?.setAttribute('hidden', '');
  // A question has no sources (content model, "Questions"); every other kind asks for them.
  const sources = form.querySelector<HTMLTextAreaElement>('[name="sources"]')!;
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
    const file = makeEntryFile(values, new Date().toISOString().slice(0, 10));
    show(file, file.problems, form.dataset, values);
  }

  function show(file: { path: string; text: string }, problems: string[], data: DOMStringMap, values: ShareForm) {
    result.hidden = false;
    result.querySelector('[data-kb-share-path]')!.textContent = file.path;
    result.querySelector<HTMLTextAreaElement>('textarea')!.value = file.text;
    const problemBox = result.querySelector<HTMLElement>('[data-kb-share-problems]')!;
    problemBox.hidden = problems.length === 0;
    problemBox
      .querySelector('ul')!
      .replaceChildren(...problems.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
    result.querySelector<HTMLElement>('[data-kb-share-valid]')!.hidden = problems.length > 0;
    const download = result.querySelector<HTMLAnchorElement>('[data-kb-share-download]')!;
    download.href = URL.createObjectURL(new Blob([file.text], { type: 'text/markdown;charset=utf-8' }));
    download.download = file.path.split('/').slice(-2).join('-');
    const github = new URL(`${data['repository']}/new/${data['branch']}`);
    github.searchParams.set('filename', file.path);
    github.searchParams.set('value', file.text);
    result.querySelector<HTMLAnchorElement>('[data-kb-share-github]')!.href = github.href;
    const subject = values.kind === 'question' ? data['mailSubjectQuestion'] : data['mailSubject'];
    result.querySelector<HTMLAnchorElement>('[data-kb-share-editors]')!.href = editorsMail(
      data['editors']!,
      { ...file, problems },
      values.title,
      {
        subject: subject!,
        intro: data['mailIntro']!,
        problems: data['mailProblems']!,
      },
    );
    result.focus();
  }
}
