import type { Element, Root, RootContent } from 'hast';
import { basePath } from '../content-model.ts';

/**
 * A site path as written in a text (`/nl/practices/…/`, which CONTRIBUTING allows) under the base
 * path the site is served from: `/kb/nl/practices/…/` for a GitHub Pages project site. A path
 * already under the base, another site's (`//host`, `/\host`), a relative link, a fragment and
 * an absolute address stay as they are. With the base `/` nothing changes.
 */
export function underBase(url: string, base: string = basePath): string {
  if (!url.startsWith('/') || /^\/[/\\]/u.test(url) || base === '/') return url;
  const bare = base.replace(/\/$/u, '');
  // Already under the base: `/kb`, `/kb/…`, `/kb?…`, `/kb#…` (not `/kbase/`).
  if (url.startsWith(bare) && /^(?:$|[/?#])/u.test(url.slice(bare.length))) return url;
  return `${bare}${url}`;
}

/**
 * The absolute address of a page or file of the site, for what is read away from it (email,
 * feeds): site paths under the base path, then resolved against the site's origin.
 */
export function siteAddress(url: string, site: URL | string, base: string = basePath): string {
  return new URL(underBase(url, base), site).href;
}

/** The attributes of a rendered body that hold an address. */
const addressAttributes = ['href', 'src'] as const;

/**
 * A rehype plugin (unified's form: options in, a transformer of the hast tree out): every site
 * path in a rendered body's links and images goes under the base path, as every other link of
 * the site does (`paths` in src/content-model.ts).
 */
export function rehypeSiteLinks(options: { base?: string } = {}) {
  const base = options.base ?? basePath;
  return (tree: Root): void => {
    const visit = (node: Root | RootContent) => {
      if (node.type === 'element') prefix(node, base);
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}

function prefix(element: Element, base: string) {
  for (const name of addressAttributes) {
    const value = element.properties[name];
    if (typeof value === 'string') element.properties[name] = underBase(value, base);
  }
}
