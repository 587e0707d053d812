import pg from 'pg';
import { describe, expect, it } from 'vitest';

// Outside CI, without $TEST_DATABASE_URL, the PostgreSQL runs of the store, use-case and server
// suites are skipped, and this says why; in CI ($CI=true) the variable is required.
const url = process.env.TEST_DATABASE_URL;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const reason = url
  ? 'PostgreSQL: the store, use-case and server suites run again on $TEST_DATABASE_URL'
  : 'PostgreSQL: SKIPPED, $TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test); the store, use-case and server suites ran on SQLite only';

describe.skipIf(!url && !ci)(reason, () => {
  it('the test server is named and answers', async () => {
    if (!url) throw new Error('CI=true but TEST_DATABASE_URL is not set: .ci/run must set it');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ one: number }>('select 1 as one');
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
  });
});
