// Runs in the browser, on the search page only: the script of SearchPage.astro, which documents the
// markup and data attributes this relies on. Pagefind's own script and index are loaded the
// first time the reader searches, never before. Ukrainian query words are looked up in the word
// tables the build writes (src/search/build-index.ts): one small shard per word, never a dictionary.
import type { Lang } from '../../i18n/locales.ts';
import { fillPlaceholders, formatCount, pluralString } from '../../i18n/plural.ts';
import { byName, formatDate } from '../../lib/format.ts';
import {
  excerptAround,
  formPositions,
  searchLanguage,
  searchOptions,
  yieldToMain,
  type Hit,
  type Lookup,
  type PagefindEngine,
  type PagefindPage,
} from '../../search/query-plan.ts';
import { suggestQuery, vocabularyPath, type VocabularyShard } from '../../search/did-you-mean.ts';
import { languageAidsLoader, type LanguageAids } from '../../search/language-aids.ts';
import { wordTableLookup } from '../../search/words.ts';

type PagefindResult = PagefindPage;
interface PagefindSearch {
  results: Hit[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind extends PagefindEngine {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => Pagefind & {
    mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  };
}

export interface SearchStrings {
  loading: string;
  results: Partial<Record<Intl.LDMLPluralRule, string>>;
  none: string;
  error: string;
  /** When the search cannot load without a connection: the text, and a link to the pages kept on the device. */
  offline: { text: string; link: string; href: string };
  themesLink: string;
  themesHref: string;
  more: string;
  clear: string;
  filters: Record<string, string>;
  /**
   * Per facet, each value's id (as indexed and as written in the address) → its name in the page's
   * language: theme ids, kinds (practice, guide, case, question, event), municipality ids, countries (NL,
   * UA). Years are their own name.
   */
  filterLabels: Record<string, Record<string, string>>;
  /** Heading of the results in other languages. */
  otherLanguages: string;
  /** Added to the announcement when other languages have results: {count}. */
  otherCount: string;
  /** Before the links to the other languages' search pages, when nothing matched. */
  tryLanguages: string;
  /** A suggestion when nothing matched: {query} is the suggested query, as a link. */
  didYouMean: string;
  /** Each language's name in that language, and the address of its search page. */
  languages: Record<string, { name: string; href: string }>;
  /** Pagefind's bundle folder, under the site's base path. */
  pagefind: string;
}

const facetOrder = ['theme', 'kind', 'municipality', 'country', 'year'];
// Each result's details are a separate download (about 3 KB); five, as Pagefind's own UI shows.
const firstPage = 5;
const pageSize = 5;
const excerptLength = 30;

let bundle = '/pagefind/';
let pagefindModule: Promise<PagefindModule> | undefined;
const engines = new Map<string, Promise<Pagefind>>();
const dateOrders = new Map<string, Promise<Map<string, number>>>();
const vocabularyShards = new Map<string, Promise<VocabularyShard>>();

/** The pages of a language's index from newest to oldest (written by the build), fetched when a reader first orders by date. */
function dateOrder(lang: string): Promise<Map<string, number>> {
  let order = dateOrders.get(lang);
  if (!order) {
    order = fetch(`${bundle}dates/${lang}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .then((ids) => new Map(ids.map((id, rank) => [`${lang}_${id}`, rank])));
    dateOrders.set(lang, order);
  }
  return order;
}

const loadPagefind = () =>
  (pagefindModule ??= import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>);

/** Pagefind for the page language's index (Pagefind takes the language from <html lang>). */
function engineFor(pageLang: string): Promise<Pagefind> {
  let engine = engines.get(pageLang);
  if (!engine) {
    // Pagefind's web worker decodes the index and searches off the main thread: on a slow phone the
    // page keeps answering while a large index is read (12 KB more to download).
    engine = loadPagefind().then((module) =>
      module.createInstance({ basePath: bundle, excerptLength, ...searchOptions }),
    );
    engines.set(pageLang, engine);
  }
  return engine;
}

/**
 * Pagefind for the other languages' indexes: merged indexes share the WebAssembly of the page
 * language's instance (already loaded), instead of loading each language's own (about 60 KB each).
 * Pagefind skips a merge of its own folder, so the same folder is named another way (./).
 */
function othersEngine(others: string[]): Promise<Pagefind> {
  let engine = engines.get('others');
  if (!engine) {
    engine = loadPagefind().then(async (module) => {
      const instance = module.createInstance({ basePath: bundle, excerptLength, ...searchOptions });
      for (const code of others) await instance.mergeIndex(`${bundle}./`, { language: code, excerptLength });
      return instance;
    });
    engines.set('others', engine);
  }
  return engine;
}

/** The Ukrainian word table (made with the bundle's folder, known once the page starts). */
let wordTable: Lookup | undefined;
const lookupUk: Lookup = (key) => (wordTable ??= wordTableLookup(bundle))(key);

/** A language's synonyms and profile list (src/search/language-aids.ts), fetched with its first search. */
let aidsLoader: ((lang: string) => Promise<LanguageAids>) | undefined;
const aidsOf = (lang: string) => (aidsLoader ??= languageAidsLoader(bundle))(lang);

/** A shard of a language's vocabulary (src/search/did-you-mean.ts), fetched when a word needs it. */
const vocabularyOf = (code: string, name: string): Promise<VocabularyShard> => {
  const key = `${code}/${name}`;
  let loaded = vocabularyShards.get(key);
  if (!loaded) {
    loaded = fetch(bundle + vocabularyPath(code, name))
      .then((response) => (response.ok ? (response.json() as Promise<VocabularyShard>) : []))
      .catch(() => []);
    vocabularyShards.set(key, loaded);
  }
  return loaded;
};

/** Resolves when the browser has nothing more urgent to do (at once where it cannot tell). */
const idle = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : resolve(),
  );

/** Searches one language's index (src/search/query-plan.ts). */
async function searchIndex(indexLang: string, query: string, options: Record<string, unknown>) {
  const [engine, aids] = await Promise.all([engineFor(indexLang), aidsOf(indexLang)]);
  return { ...(await searchLanguage(engine, indexLang, query, options, lookupUk, undefined, aids)), engine };
}

export function startSearchPage(root: HTMLElement) {
  const lang = root.dataset['lang'] as Lang;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
  bundle = strings.pagefind;
  const form = document.querySelector<HTMLFormElement>('.kb-search-page-form form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const facets = root.querySelector<HTMLElement>('.kb-search__facets')!;
  const list = root.querySelector<HTMLOListElement>('.kb-search__results')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const more = root.querySelector<HTMLButtonElement>('.kb-search__more')!;
  const others = root.querySelector<HTMLElement>('.kb-search__others')!;
  const othersList = others.querySelector<HTMLOListElement>('ol')!;
  const chosen = new Map<string, Set<string>>();
  let facetIndex: Promise<unknown> | undefined;
  let shown: Hit[] = [];
  let forms = new Set<string>();
  let run = 0;

  root.hidden = false;
  // Filters are folded away on phones, so that the results come first; open on wider screens.
  const controls = root.querySelector<HTMLDetailsElement>('.kb-search__controls');
  if (controls && matchMedia('(min-width: 56rem)').matches) controls.open = true;
  document.querySelector<HTMLElement>('[data-kb-search-fallback]')?.setAttribute('hidden', '');
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const name of facetOrder)
    for (const value of params.getAll(name)) {
      const id = filterId(name, value);
      if (id !== undefined) choose(name, id, true);
    }
  if (params.get('sort') === 'date') sort.value = 'date';

  /**
   * The id of a filter value in the address; undefined (ignored) when the value is unknown. A link
   * saved before addresses held ids carries the name in the page's language: that is taken too.
   */
  function filterId(name: string, value: string): string | undefined {
    if (name === 'year') return /^\d{4}$/u.test(value) ? value : undefined;
    const known = strings.filterLabels[name] ?? {};
    if (Object.hasOwn(known, value)) return value;
    return Object.entries(known).find(([, label]) => label === value)?.[0];
  }

  /** The name of a filter value (an id) in the page's language. */
  function filterLabel(name: string, id: string): string {
    const known = strings.filterLabels[name] ?? {};
    return Object.hasOwn(known, id) ? known[id]! : id;
  }

  function choose(name: string, value: string, on: boolean) {
    const values = chosen.get(name) ?? new Set<string>();
    if (on) values.add(value);
    else values.delete(value);
    chosen.set(name, values);
  }

  function filters() {
    return Object.fromEntries(
      [...chosen].filter(([, values]) => values.size > 0).map(([name, values]) => [name, { any: [...values] }]),
    );
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
    // «done» once results, other languages and facet counts are all on the page (for tests and styles).
    root.dataset['state'] = 'searching';
    remember();
    others.hidden = true;
    othersList.replaceChildren();
    if (!query && chosen.size === 0) {
      list.replaceChildren();
      facets.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      root.dataset['state'] = 'done';
      return;
    }
    status.textContent = strings.loading;
    try {
      const options = { filters: filters() };
      const found = await searchIndex(lang, query, options);
      if (current !== run) return;
      if (sort.value === 'date') {
        const order = await dateOrder(lang);
        const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
        found.hits.sort((a, b) => rank(a.id) - rank(b.id));
        if (current !== run) return;
      }
      shown = found.hits;
      forms = found.forms;
      list.replaceChildren();
      await showMore();
      if (current !== run) return;
      // Announced last, once the results are on the page.
      const announcement = announce(query);
      // What was fetched before this mark is what the first results cost (scripts/measure-weight.ts).
      performance.mark('kb:search-results');
      if (announcement === 'none' && query) {
        // Nothing: a word of the site one edit away, if searching with it finds something.
        const suggested = await suggestion(query, options);
        if (current !== run) return;
        // First: the way forward before the rest of the announcement.
        if (suggested) status.prepend(...didYouMean(suggested), ' ');
      }
      // Entries that exist only in other languages, searched once this language's results show,
      // when the browser is idle: the reader reads the first results meanwhile.
      await idle();
      if (current !== run) return;
      // With nothing found here, the other languages are first asked whether they find anything at all:
      // a typo or a word of no language is then searched once per language, not twice.
      const finding = query && announcement === 'none' ? await languagesFinding(query) : otherLanguages();
      if (current !== run) return;
      const elsewhere = query && finding.length > 0 ? await searchOtherLanguages(query, current, finding) : 0;
      if (current !== run) return;
      if (elsewhere > 0)
        status.append(' ', fillPlaceholders(strings.otherCount, { count: formatCount(elsewhere, lang) }));
      else if (announcement === 'none' && finding.length > 0) status.append(' ', ...languageLinks(query, finding));
      // The facet counts need Pagefind's filter index, which grows with the site: it is fetched
      // only after the first results are on the screen, then the same search gives the counts.
      if (!facetIndex) facetIndex = found.engine.filters();
      await facetIndex;
      if (current !== run) return;
      const counted = await Promise.all(found.terms.map((term) => found.engine.search(term, options)));
      await yieldToMain();
      if (current !== run) return;
      renderFacets(found.hits.length > 0 ? counted[0]!.filters : {});
    } catch {
      if (current !== run) return;
      if (navigator.onLine) status.replaceChildren(strings.error, ' ', link(strings.themesHref, strings.themesLink));
      else status.replaceChildren(strings.offline.text, ' ', link(strings.offline.href, strings.offline.link));
    }
    if (current === run) root.dataset['state'] = 'done';
  }

  function announce(query: string): 'results' | 'none' {
    if (shown.length === 0) {
      status.replaceChildren(
        fillPlaceholders(strings.none, { query }),
        ' ',
        link(strings.themesHref, strings.themesLink),
      );
      return 'none';
    }
    // The same plural rules, count format and placeholders as the server's translator (useTranslations).
    status.textContent = pluralString(strings.results, shown.length, lang, { query });
    return 'results';
  }

  /** The query with a word of the site for each word one edit away from it, if that finds something here. */
  async function suggestion(query: string, options: Record<string, unknown>): Promise<string | undefined> {
    const { synonyms } = await aidsOf(lang);
    const suggested = await suggestQuery(query, lang, vocabularyOf, synonyms ? Object.keys(synonyms.forms) : []);
    if (!suggested) return undefined;
    const found = await searchIndex(lang, suggested, options);
    return found.hits.length > 0 ? suggested : undefined;
  }

  /** «Did you mean …?» with the suggested query as a link to its search. */
  function didYouMean(suggested: string): (Node | string)[] {
    const [before = '', after = ''] = strings.didYouMean.split('{query}');
    const anchor = link(`?${new URLSearchParams({ q: suggested })}`, suggested);
    anchor.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = suggested;
      void search();
    });
    return [before, anchor, after];
  }

  function otherLanguages(): string[] {
    return Object.keys(strings.languages).filter((code) => code !== lang);
  }

  /** The other languages whose index finds something for the query (any entry, not only those lacking this language). */
  async function languagesFinding(query: string): Promise<string[]> {
    const otherLangs = otherLanguages();
    const engine = await othersEngine(otherLangs);
    const found = await Promise.all(
      otherLangs.map(async (code) => {
        const { hits } = await searchLanguage(
          engine,
          code,
          query,
          {},
          lookupUk,
          (id) => id.startsWith(`${code}_`),
          await aidsOf(code),
        );
        return hits.length > 0 ? [code] : [];
      }),
    );
    return found.flat();
  }

  /** Links to the other languages' search pages with the same query. */
  function languageLinks(query: string, codes: string[]): (Node | string)[] {
    const nodes: (Node | string)[] = [strings.tryLanguages];
    for (const [code, language] of Object.entries(strings.languages)) {
      if (!codes.includes(code)) continue;
      const anchor = link(`${language.href}?${new URLSearchParams({ q: query })}`, language.name);
      anchor.lang = code;
      anchor.hreflang = code;
      nodes.push(' ', anchor);
    }
    return nodes;
  }

  /** Lists the entries that match in another language's index and have no text in this language; returns how many. */
  async function searchOtherLanguages(query: string, current: number, otherLangs: string[]): Promise<number> {
    const seen = new Set<string>();
    const items: HTMLLIElement[] = [];
    const engine = await othersEngine(otherLanguages());
    for (const code of otherLangs) {
      const found = await searchLanguage(
        engine,
        code,
        query,
        { filters: { lacks: lang } },
        lookupUk,
        (id) => id.startsWith(`${code}_`),
        await aidsOf(code),
      );
      if (current !== run) return 0;
      const page = await Promise.all(found.hits.slice(0, pageSize).map((hit) => hit.data()));
      for (const data of page) {
        const entry = data.url.replace(/\/(nl|uk|en)\//u, '/');
        if (seen.has(entry)) continue;
        seen.add(entry);
        items.push(renderResult(data, found.forms, code));
      }
    }
    if (current !== run || items.length === 0) return 0;
    othersList.replaceChildren(...items);
    others.hidden = false;
    return items.length;
  }

  /** Adds the next results; returns the first of them, if any. */
  async function showMore(): Promise<HTMLLIElement | undefined> {
    const current = run;
    const start = list.children.length;
    const page = await Promise.all(
      shown.slice(start, start + (start === 0 ? firstPage : pageSize)).map((result) => result.data()),
    );
    // A newer search has replaced the list meanwhile: these results are not its.
    if (current !== run || list.children.length !== start) return undefined;
    const items = page.map((data) => renderResult(data, forms));
    list.append(...items);
    more.hidden = list.children.length >= shown.length;
    return items[0];
  }

  function renderResult(result: PagefindResult, highlight: Set<string>, resultLang?: string): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'kb-result';
    if (resultLang) {
      item.lang = resultLang;
      item.append(element('p', 'kb-result__lang', strings.languages[resultLang]?.name ?? resultLang));
    }
    const kindId = result.filters?.['kind']?.[0];
    const kind = element('p', 'kb-result__kind', result.meta['kind'] ?? (kindId ? filterLabel('kind', kindId) : ''));
    const heading = element(resultLang ? 'h3' : 'h2', 'kb-result__title');
    const anchor = link(result.url, result.meta['title'] ?? result.url);
    if (resultLang) anchor.hreflang = resultLang;
    heading.append(anchor);
    const date = result.meta['date'];
    // The same date format as the server-rendered listings and entry pages.
    const details = [result.meta['themes'], result.meta['municipalities'], date && formatDate(date, lang)].filter(
      Boolean,
    );
    const meta = element('p', 'kb-result__meta', details.join(' · '));
    const summary = element('p', 'kb-result__summary', result.meta['summary'] ?? '');
    const excerpt = element('p', 'kb-result__excerpt');
    // Words found through their lemma are highlighted here; Pagefind highlights the words found as typed.
    const lemmaForms = formPositions(result.content, highlight);
    // Pagefind escapes the text and adds only <mark>; so does excerptAround, on the same text.
    excerpt.innerHTML = excerptAround(result.content, [...result.locations, ...lemmaForms], excerptLength);
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
          const byLabel = byName<string>(lang, (id) => filterLabel(name, id));
          const values = Object.entries(available[name]!).sort(([a], [b]) =>
            name === 'year' ? b.localeCompare(a) : byLabel(a, b),
          );
          for (const [value, count] of values) {
            const checked = chosen.get(name)?.has(value) ?? false;
            if (count === 0 && !checked) continue;
            const label = element('label');
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.name = name;
            box.value = value;
            box.checked = checked;
            label.append(box, ` ${filterLabel(name, value)} `, element('span', 'kb-search__count', `(${count})`));
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
  // Focus goes to the first new result: the button may disappear with the last ones.
  more.addEventListener('click', () => void showMore().then((first) => first?.querySelector('a')?.focus()));
  if (input.value || chosen.size > 0) void search();
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
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
