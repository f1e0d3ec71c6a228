// Runs in the browser, on the search page only. Pagefind's own script and index are loaded the
// first time the reader searches, never before.
import type { Lang } from '../i18n/locales.ts';
import { prepareQuery } from './prepare-query.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResult> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options: Record<string, unknown>) => Promise<PagefindSearch>;
}

export interface SearchStrings {
  loading: string;
  results: Record<string, string>;
  none: string;
  error: string;
  themesLink: string;
  themesHref: string;
  more: string;
  clear: string;
  filters: Record<string, string>;
}

const facetOrder = ['theme', 'kind', 'municipality', 'country', 'year'];
// Each result's details are a separate download (about 2.4 KB); five keep the first query light.
const pageSize = 5;

export function startSearchPage(root: HTMLElement) {
  const lang = root.dataset['lang'] as Lang;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
  const form = document.querySelector<HTMLFormElement>('#kb-search-page-form form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const facets = root.querySelector<HTMLElement>('.kb-search__facets')!;
  const list = root.querySelector<HTMLOListElement>('.kb-search__results')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const more = root.querySelector<HTMLButtonElement>('.kb-search__more')!;
  const rules = new Intl.PluralRules(lang);
  const chosen = new Map<string, Set<string>>();
  let pagefind: Promise<Pagefind> | undefined;
  let facetIndex: Promise<unknown> | undefined;
  let shown: PagefindSearch['results'] = [];
  let run = 0;

  root.hidden = false;
  // Filters are folded away on phones, so that the results come first; open on wider screens.
  const controls = root.querySelector<HTMLDetailsElement>('.kb-search__controls');
  if (controls && matchMedia('(min-width: 56rem)').matches) controls.open = true;
  document.querySelector<HTMLElement>('[data-kb-search-fallback]')?.setAttribute('hidden', '');
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const name of facetOrder) for (const value of params.getAll(name)) choose(name, value, true);
  if (params.get('sort') === 'date') sort.value = 'date';

  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`) as Promise<Pagefind>).then(async (module) => {
      // No web worker: one download less (12 KB) on weak connections; the index is small enough to search on the main thread.
      await module.options({ excerptLength: 30, noWorker: true });
      return module;
    }));

  function choose(name: string, value: string, on: boolean) {
    const values = chosen.get(name) ?? new Set<string>();
    if (on) values.add(value);
    else values.delete(value);
    chosen.set(name, values);
  }

  function filters() {
    return Object.fromEntries([...chosen].filter(([, values]) => values.size > 0).map(([name, values]) => [name, { any: [...values] }]));
  }

  function remember() {
    const query = new URLSearchParams();
    if (input.value.trim()) query.set('q', input.value.trim());
    for (const [name, values] of chosen) for (const value of values) query.append(name, value);
    if (sort.value === 'date') query.set('sort', 'date');
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
  }

  async function search() {
    const current = ++run;
    const query = input.value.trim();
    remember();
    if (!query && chosen.size === 0) {
      list.replaceChildren();
      facets.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = strings.loading;
    try {
      const engine = await load();
      const options = { filters: filters(), ...(sort.value === 'date' ? { sort: { date: 'desc' } } : {}) };
      const term = query ? prepareQuery(query, lang) : null;
      const result = await engine.search(term, options);
      if (current !== run) return;
      shown = result.results;
      list.replaceChildren();
      await showMore();
      if (current !== run) return;
      // Announced last, once the results are on the page.
      if (shown.length === 0) {
        status.replaceChildren(strings.none.replace('{query}', query), ' ', link(strings.themesHref, strings.themesLink));
      } else {
        const form = strings.results[rules.select(shown.length)] ?? strings.results['other']!;
        status.textContent = form.replace('{count}', shown.length.toLocaleString(lang)).replace('{query}', query);
      }
      // The facet counts need Pagefind's filter index, which grows with the site: it is fetched
      // only after the first results are on the screen, then the same search gives the counts.
      if (!facetIndex) facetIndex = engine.filters();
      await facetIndex;
      if (current !== run) return;
      renderFacets((await engine.search(term, options)).filters);
    } catch {
      status.replaceChildren(strings.error, ' ', link(strings.themesHref, strings.themesLink));
    }
  }

  async function showMore() {
    const start = list.children.length;
    const page = await Promise.all(shown.slice(start, start + pageSize).map((result) => result.data()));
    list.append(...page.map(renderResult));
    more.hidden = list.children.length >= shown.length;
  }

  function renderResult(result: PagefindResult): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'kb-result';
    const kind = element('p', 'kb-result__kind', result.meta['kind'] ?? '');
    const heading = element('h2', 'kb-result__title');
    heading.append(link(result.url, result.meta['title'] ?? result.url));
    const details = [result.meta['themes'], result.meta['municipalities'], formatDate(result.meta['date'])].filter(Boolean);
    const meta = element('p', 'kb-result__meta', details.join(' · '));
    const summary = element('p', 'kb-result__summary', result.meta['summary'] ?? '');
    const excerpt = element('p', 'kb-result__excerpt');
    excerpt.innerHTML = result.excerpt; // Pagefind escapes the text and adds only <mark>.
    item.append(kind, heading, meta, summary, excerpt);
    return item;
  }

  function renderFacets(available: PagefindSearch['filters']) {
    facets.replaceChildren(
      ...facetOrder
        .filter((name) => Object.keys(available[name] ?? {}).length > 0)
        .map((name) => {
          const fieldset = element('fieldset', 'kb-search__facet');
          fieldset.append(element('legend', undefined, strings.filters[name] ?? name));
          const values = Object.entries(available[name]!).sort(([a], [b]) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, lang)));
          for (const [value, count] of values) {
            const checked = chosen.get(name)?.has(value) ?? false;
            if (count === 0 && !checked) continue;
            const label = element('label');
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.name = name;
            box.value = value;
            box.checked = checked;
            label.append(box, ` ${value} `, element('span', 'kb-search__count', `(${count})`));
            fieldset.append(label);
          }
          return fieldset;
        }),
    );
    if ([...chosen.values()].some((values) => values.size > 0)) {
      const clear = element('button', 'kb-button', strings.clear);
      clear.type = 'button';
      clear.addEventListener('click', () => {
        chosen.clear();
        void search();
      });
      facets.append(clear);
    }
  }

  function formatDate(iso: string | undefined) {
    if (!iso) return '';
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  }

  let debounce: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(debounce);
    void search();
  });
  input.addEventListener('input', () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => void search(), 300);
  });
  sort.addEventListener('change', () => void search());
  facets.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    choose(box.name, box.value, box.checked);
    void search();
  });
  more.addEventListener('click', () => void showMore());
  if (input.value || chosen.size > 0) void search();
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', undefined, text);
  anchor.href = href;
  return anchor;
}
