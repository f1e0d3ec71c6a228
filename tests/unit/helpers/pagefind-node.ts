import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDist } from '../../../scripts/lib/static-server.ts';
import { searchLanguage, searchOptions, type PagefindEngine } from '../../../src/search/query-plan.ts';
import { suggestQuery, vocabularyPath, type VocabularyShard } from '../../../src/search/did-you-mean.ts';
import { languageAidsLoader } from '../../../src/search/language-aids.ts';
import { wordTableLookup } from '../../../src/search/words.ts';

/**
 * The search page's own search (searchLanguage, with Pagefind's pagefind.js and the word tables of a
 * built site), run in Node: `search(lang, query)` gives the addresses found, best first.
 */
export async function searchBuiltSite(dist: string) {
  const server = await serveDist(dist);
  const base = `${server.url}/pagefind/`;
  // One module per language: instances of one module share Pagefind's WebAssembly, whose language is
  // the first instance's, and would search the other languages' indexes with it.
  const moduleFor = (lang: string) =>
    import(`${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?lang=${lang}`) as Promise<{
      createInstance: (o: object) => unknown;
    }>;
  const engines = new Map<string, PagefindEngine>();
  const lookup = wordTableLookup(base);
  const engineFor = async (lang: string) => {
    let engine = engines.get(lang);
    if (!engine) {
      const module = await moduleFor(lang);
      // pagefind.js takes its index's language from <html lang>, which Node has not: it is lent one.
      (globalThis as { document?: unknown }).document = { querySelector: () => ({ getAttribute: () => lang }) };
      engine = module.createInstance({ basePath: base, noWorker: true, ...searchOptions }) as PagefindEngine;
      delete (globalThis as { document?: unknown }).document;
      engines.set(lang, engine);
    }
    return engine;
  };
  const aidsOf = languageAidsLoader(base);
  return {
    /** The search page's «did you mean» (without its check that the suggestion finds something). */
    async suggest(lang: string, query: string): Promise<string | undefined> {
      const shard = (code: string, name: string) =>
        fetch(base + vocabularyPath(code, name)).then((r) => (r.ok ? (r.json() as Promise<VocabularyShard>) : []));
      return suggestQuery(query, lang, shard, Object.keys((await aidsOf(lang)).synonyms?.forms ?? {}));
    },
    async search(lang: string, query: string): Promise<string[]> {
      const { hits } = await searchLanguage(
        await engineFor(lang),
        lang,
        query,
        {},
        lookup,
        undefined,
        await aidsOf(lang),
      );
      return Promise.all(hits.map(async (hit) => new URL((await hit.data()).url).pathname));
    },
    stop: () => server.stop(),
  };
}
