import { defineConfig } from 'vitest/config';

// Two projects, so `npm test` runs both and either runs alone (`npm run test:unit`, `npm run test:browser`).
export default defineConfig({
  test: {
    // Vitest's default on two cores (cores - 1) runs one file at a time, leaving a core idle while a browser test waits
    // on Chromium or a unit test on a child process; two at a time keeps both busy (docs/testing.md has the figures).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some unit tests start the CLI or import the outline through tsx: on a loaded 2-core machine that takes
          // more than Vitest's 5 s default. A hang guard, not a speed assert.
          testTimeout: 30_000,
          // Type tests (`*.test-d.ts`) are proven by the compiler: Vitest runs tsc on them and reports each as a test.
          typecheck: { enabled: true, include: ['tests/unit/**/*.test-d.ts'], tsconfig: 'tsconfig.json' },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          setupFiles: ['tests/browser/needs-browser.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits on a condition; Vitest's default gives up after 1 s, which a page on a loaded 2-core
          // machine overruns. A hang guard, not a speed assert.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
