import { join } from 'node:path';
import { serveDist } from '../../../scripts/lib/static-server.ts';
import { searchLanguage, searchOptions, type PagefindEngine } from '../../../src/search/query-plan.ts';
import { synonymTablePath, type SynonymTable } from '../../../src/search/synonyms.ts';
import { shardOf, wordTablePath, type WordShard } from '../../../src/search/words.ts';

/**
 * The search page's own search (searchLanguage, with Pagefind's pagefind.js and the word tables of a
 * built site), run in Node: `search(lang, query)` gives the addresses found, best first.
 */
export async function searchBuiltSite(dist: string) {
  const server = await serveDist(dist);
  const base = `${server.url}/pagefind/`;
  const module = (await import(join(dist, 'pagefind/pagefind.js'))) as { createInstance: (o: object) => unknown };
  const engines = new Map<string, PagefindEngine>();
  const shards = new Map<number, Promise<WordShard>>();
  const lookup = async (key: string) => {
    const shard = shardOf(key);
    if (!shards.has(shard))
      shards.set(
        shard,
        fetch(base + wordTablePath('uk', shard)).then((r) => (r.ok ? (r.json() as Promise<WordShard>) : {})),
      );
    return (await shards.get(shard)!)[key];
  };
  const engineFor = (lang: string) => {
    let engine = engines.get(lang);
    if (!engine) {
      // pagefind.js takes its index's language from <html lang>, which Node has not: it is lent one.
      (globalThis as { document?: unknown }).document = { querySelector: () => ({ getAttribute: () => lang }) };
      engine = module.createInstance({ basePath: base, noWorker: true, ...searchOptions }) as PagefindEngine;
      delete (globalThis as { document?: unknown }).document;
      engines.set(lang, engine);
    }
    return engine;
  };
  return {
    async search(lang: string, query: string): Promise<string[]> {
      const synonyms = await fetch(base + synonymTablePath(lang)).then((r) =>
        r.ok ? (r.json() as Promise<SynonymTable>) : undefined,
      );
      const { hits } = await searchLanguage(engineFor(lang), lang, query, {}, lookup, undefined, synonyms);
      return Promise.all(hits.map(async (hit) => new URL((await hit.data()).url).pathname));
    },
    stop: () => server.stop(),
  };
}
