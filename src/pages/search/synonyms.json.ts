import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

/**
 * The editors' synonyms (content/synonyms/) as the search-index step reads them: it turns them into
 * each language's table inside Pagefind's bundle and removes this file (src/search/build-index.ts).
 */
export const GET: APIRoute = async () => {
  const records = await getCollection('synonyms');
  return new Response(JSON.stringify(records.map((record) => record.data)));
};
