import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Some tests build the site from a fixture tree; a build takes a few seconds on 2 cores.
    // Builds of one project share its .astro/ folder (the content layer's module map), so two
    // at once can read each other's: test files run one after another.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
