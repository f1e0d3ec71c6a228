import type { CheckedText } from './check-and-render.ts';
import { textDigest } from './check-and-render.ts';

// The integration (src/integrations/content-check.ts) and the content loader are loaded as separate
// module instances (Astro's config and the content config each through their own Vite runner), in
// one process: the check's results pass between them on the global object.
const key = Symbol.for('kb.checkedTexts');
const shelf = globalThis as typeof globalThis & { [key]?: Map<string, CheckedText> };

/** Keeps the check's result of every text (by absolute path) for the content loader to take. */
export function keepCheckedTexts(texts: Map<string, CheckedText> | undefined): void {
  shelf[key] = texts ?? new Map<string, CheckedText>();
}

/**
 * The check's result for a text file, if the check read exactly this text; taken once, so that
 * the memory goes with it and a later change of the file is read again.
 */
export function takeCheckedText(path: string, text: string): CheckedText | undefined {
  const checked = shelf[key]?.get(path);
  if (!checked) return undefined;
  shelf[key]?.delete(path);
  return checked.digest === textDigest(text) ? checked : undefined;
}
