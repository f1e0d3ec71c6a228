/**
 * The sites the browser tests walk: a fixture knowledge base under tests/ (a frozen copy of the
 * example content), built by `npm run build:test-site`, so that editing content/ never changes
 * what these tests see. The same fixture is also built under a base path, as a GitHub Pages
 * project site is served. E2E_DIST and E2E_BASE_DIST point the tests at other builds.
 */
export const siteContent = 'tests/fixtures/site';
export const siteDist = process.env['E2E_DIST'] ?? 'tests/output/site';
export const basePathDist = process.env['E2E_BASE_DIST'] ?? 'tests/output/site-kb';
/** The address the base-path build is made for: `SITE_URL` of that build. */
export const basePathSite = 'https://kennisbank.example.org/kb/';
