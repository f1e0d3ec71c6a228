/**
 * The site the browser tests walk: a fixture knowledge base under tests/ (a frozen copy of the
 * example content), built by `npm run build:test-site`, so that editing content/ never changes
 * what these tests see. E2E_DIST points them at another build.
 */
export const siteContent = 'tests/fixtures/site';
export const siteDist = process.env['E2E_DIST'] ?? 'tests/output/site';
