import { checkContent } from '../../src/content-check/check-content.ts';

/** The theme, municipality and organisation ids a content tree has, with their Dutch names. */
export async function contentIds(root: string) {
  const { data } = await checkContent({ root });
  const of = (collection: string) =>
    data
      .filter((record) => record.collection === collection)
      .map((record) => ({
        id: record.id,
        name: (record.data['name'] as { nl?: string } | undefined)?.nl ?? record.id,
      }));
  return { themes: of('themes'), municipalities: of('municipalities'), organisations: of('organisations') };
}
