import { defineConfig } from 'vitest/config';

// The suites that run on both databases: once on SQLite, and once more on PostgreSQL
// ($TEST_DATABASE_URL) in the `postgres` project, where test stores are fresh PostgreSQL
// schemas (src/store/test-support/test-store.ts). `*.sqlite.test.ts` files are about SQLite
// alone; `*.postgres.test.ts` files about PostgreSQL alone.
const BOTH = [
  'src/store/**/*.test.ts',
  'src/app/**/*.test.ts',
  'src/server/**/*.test.ts',
  'bench/**/*.test.ts',
  'test/cli-database.test.ts',
];
const postgres = Boolean(process.env.TEST_DATABASE_URL);
// Said once, though vitest reads this file more than once.
if (!postgres && !process.env.JUSTENOUGH_POSTGRES_NOTICE) {
  process.env.JUSTENOUGH_POSTGRES_NOTICE = 'said';
  console.warn(
    'PostgreSQL: the store, use-case, server and CLI-database suites run on SQLite only, because TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test); their PostgreSQL run is reported as skipped.',
  );
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll waits for what a page or a server does next. Its default (1 s) is too short on a
    // shared 2-core machine: a logged outcome's round trip took longer there and failed a test.
    // A poll that succeeds returns at once, so only a failing one waits this long.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: [
            'src/**/*.test.ts',
            'test/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.postgres.test.ts', '**/node_modules/**', 'test/e2e/**'],
          env: { JUSTENOUGH_TEST_DATABASE: 'sqlite' },
        },
      },
      // The browser tests drive Chromium against a real server on a shared 2-core machine. In CI a
      // failed one runs again, up to twice: a rule that is broken fails all three runs, while a
      // click that a busy machine delayed past a page's transition does not sink the whole run.
      // The default reporter marks a test that passed on a retry, so a flaky one still shows.
      // Everywhere else a failure is final: a property test that fails once has found a case.
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          env: { JUSTENOUGH_TEST_DATABASE: 'sqlite' },
          retry: process.env.CI ? 2 : 0,
        },
      },
      // Without $TEST_DATABASE_URL the PostgreSQL run is reported as skipped (src/store/postgres-availability.test.ts).
      ...(postgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: BOTH,
                exclude: [
                  '**/*.sqlite.test.ts',
                  '**/node_modules/**',
                  'src/store/postgres-availability.test.ts',
                ],
                env: { JUSTENOUGH_TEST_DATABASE: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
