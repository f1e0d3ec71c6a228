/**
 * Listings show at most this many entries per page, so that a page stays light on a weak
 * connection however large the knowledge base grows; a listing that fits on one page filters
 * in the page itself (CSS), a longer one filters through the search page.
 */
export const pageSize = 48;

export function pageCount(items: number): number {
  return Math.max(1, Math.ceil(items / pageSize));
}

/** The items on page `page` (1-based). */
export function pageOf<T>(items: T[], page: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}
