// Build time: the search reads Pagefind's bundle (src/search/compact-bundle.ts rewrites it, and the
// search page relies on how Pagefind 1.6 ranks, matches prefixes and stores locations). A Pagefind
// release may keep the layout and change its meaning, so the build runs only with the version the
// tests ran with; to move to another, change both this and package.json and run `npm test`.
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { pathToFileURL } from 'node:url';

/** The Pagefind version the search was tested with (package.json pins the same). */
export const testedPagefind = '1.6.0';

/** The installed Pagefind's version, from the package.json that resolving it from the project finds. */
export function installedPagefind(): string {
  const manifest = findPackageJSON('pagefind', pathToFileURL(`${process.cwd()}/package.json`));
  if (!manifest) throw new Error('Pagefind is not installed: run `npm install`.');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** One line when the installed Pagefind is not the tested one; undefined when it is. */
export function pagefindMismatch(installed: string): string | undefined {
  if (installed === testedPagefind) return undefined;
  return `Pagefind ${installed} is installed, but the search was tested with Pagefind ${testedPagefind}: run \`npm install\` (package.json pins it), or set testedPagefind in src/search/pagefind-version.ts to ${installed} and pin it in package.json once \`npm test\` passes with it.`;
}
