import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy source for an inline <script> or <style> the layouts emit themselves
 * (astro.config.mjs `security.csp`). Astro hashes the scripts and styles it bundles, but not
 * `is:inline` scripts or `<style set:html>`; those need their hash added per page. SHA-256 is
 * Astro's default algorithm, which the config keeps.
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The contents of the inline (src-less) <script> elements in a piece of rendered HTML. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1]!);
}
