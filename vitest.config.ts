import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Some tests build the site from a fixture tree; a build takes a few seconds on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
