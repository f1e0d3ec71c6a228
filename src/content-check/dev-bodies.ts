// The dev server keeps each text's rendered HTML here instead of in Astro's data store. Astro writes
// the whole store to one file after every change and the dev server reads it back as one module
// (75 MB at 5,000 entries, bodies included: 20 s before a saved sentence shows); kept here, a
// change to a body alone leaves the store as it is, and the page reads the new HTML at once. The
// content loader and the pages run in one process, each through its own Vite runner: the shelf is
// on the global object, as the check's results are (checked-texts.ts). A build stores the HTML in
// the store (rendered.html) and never reads the shelf.
const key = Symbol.for('kb.devBodies');
const shelf = globalThis as typeof globalThis & { [key]?: Map<string, string> };

/** Keeps the rendered HTML of a text for its page (the dev server's content loader). */
export function shelveBody(collection: string, id: string, html: string): void {
  (shelf[key] ??= new Map()).set(`${collection}/${id}`, html);
}

/** Forgets a text that is gone. */
export function dropBody(collection: string, id: string): void {
  shelf[key]?.delete(`${collection}/${id}`);
}

/** The rendered body of a stored text: from the store in a build, from the shelf in the dev server. */
export function bodyHtml(entry: { collection: string; id: string; rendered?: { html: string } | undefined }): string {
  return entry.rendered?.html ?? shelf[key]?.get(`${entry.collection}/${entry.id}`) ?? '';
}
