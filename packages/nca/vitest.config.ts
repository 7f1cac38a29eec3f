import { defineConfig } from 'vitest/config';

// `npm test` in this folder runs the package's own tests alone; the repository's `npm test` runs
// the same files in its `unit` project.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
