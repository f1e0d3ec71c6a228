// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Typed linting for the TypeScript and Astro code. Browser code (the search and share pages, the
// offline worker) may not import Node's modules: they do not exist in a browser.
const browserCode = [
  // The scripts beside components (search, and any other) run in the browser.
  'src/components/**/*.ts',
  'src/search/**',
  'src/share/**',
  'src/lib/format.ts',
  'src/lib/slug.ts',
  'src/offline/**',
  'src/content-model.ts',
  'src/i18n/**',
  'src/schemas/**',
  'src/mdx/entry-rules.ts',
  'src/mdx/read-entry-body.ts',
  'src/mdx/parse-entry-body-in-browser.ts',
  'src/content-check/check-entry-text.ts',
  'src/content-check/frontmatter.ts',
  'src/content-check/limits.ts',
  'src/content-check/problem.ts',
  'src/content-check/zod-messages.ts',
];
// Build-time code that sits beside browser code.
const buildCode = ['src/search/build-index.ts', 'src/search/pagefind-version.ts'];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.astro/',
      'tests/output/',
      'tests/fixtures/',
      'test-results/',
      'playwright-report/',
      'tmp-scratch/',
      'scripts/bench/floor-site/',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: browserCode,
    ignores: buildCode,
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'browser code cannot import Node modules' },
            {
              group: ['fs', 'path', 'os', 'child_process', 'worker_threads', 'url'],
              message: 'browser code cannot import Node modules',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/integrations/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    // In .astro templates the parser types JSX expressions as any; `astro check` types them.
    // astro-eslint-parser takes `project`, not the project service.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
