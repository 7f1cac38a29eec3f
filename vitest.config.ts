import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tools/testing/longest-first.ts';

// Two projects: `node`, the unit and database suites; `e2e` drives Chromium and skips, saying why,
// when there is none.
//
// Speed on a 2-core machine (docs/PERFORMANCE.md, "Tests"): vitest's default there is one worker,
// yet much of the suite waits on child processes (the command line, servers, Chromium), so three
// run at once; and the unit and database suites share each worker's loaded modules instead of
// loading the server's module graph again for every file (they keep no state between files:
// every database suite opens its own database, every server its own port).
export default defineConfig({
  test: {
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          // The unit suites need nothing; the database suites (*.db.test.ts) run on PGlite, or on
          // PostgreSQL when DATABASE_URL is set (`npm run test:pg` runs those alone). One project,
          // so that a worker goes on from one kind to the other with the modules it has loaded.
          name: 'node',
          include: [
            'contracts/**/*.test.ts',
            'packages/*/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'web/src/**/*.test.ts',
            'tools/**/*.test.ts',
            'bin/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**'],
          // The command-line and server suites start from the migrated database template.
          globalSetup: ['server/src/testing/global-setup.ts'],
          isolate: false,
          // A test's time on two shared cores, beside Chromium and the other workers, runs to two or
          // three times its time alone (up to 15 s seen here for those without a limit of their
          // own): a slow machine is no failure; an answer that never comes still is.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          // One Chromium, one prepared data directory and one shared server for the whole suite.
          globalSetup: ['e2e/global-setup.ts'],
          // Flows of 15–20 s alone took 37–58 s in CI beside the other suites, against a limit of
          // one minute: two minutes, unless a spec says more.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // The browser specs run beside the other suites, on a loaded machine: a page that takes
          // more than a second to follow a redirect is slow, not wrong; and a poll every 50 ms
          // (vitest's default) spends the browser's time answering the test instead of rendering.
          expect: { poll: { timeout: 30_000, interval: 200 } },
          // The specs share the loaded Playwright client and helpers; each opens its own contexts.
          isolate: false,
        },
      },
    ],
  },
});
