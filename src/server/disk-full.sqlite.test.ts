import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAccount } from '../app/account.js';
import { parseMoment } from '../core/time.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite-store.js';
import { type SmallDisk, smallDisk } from '../store/test-support/small-disk.js';
import { buildServer } from './build-server.js';
import { expectProblem, HOST } from './test-support/test-server.js';

let disk: SmallDisk | undefined;
let store: SqliteStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
  disk?.dispose();
  disk = undefined;
});

function connections(n: number): string {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `Person${i},Number${i},https://www.linkedin.com/in/person-${i},person${i}@example.com,Company ${i},Engineer,12 Jan 2026`,
  );
  return `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join('\n')}\n`;
}

describe('a full disk: the API answers 507 and says the disk is full', () => {
  it('an import that fills the disk answers 507 "the disk holding the database is full", and writes nothing', async () => {
    disk = smallDisk(3);
    store = await openSqliteStore(join(disk.dir, 'data', 'justenough.sqlite'));
    const ctx = await openAccount(
      store,
      (zone) => parseMoment('2026-11-23', zone) as NonNullable<ReturnType<typeof parseMoment>>,
      () => 'America/Chicago',
    );
    const app = buildServer({ ctx, allowedHosts: [HOST], logger: false });
    try {
      const body = connections(3000);
      const call = (url: string) =>
        app.inject({
          method: 'POST',
          url,
          headers: { host: HOST, 'content-type': 'text/csv', origin: `http://${HOST}` },
          payload: body,
        });
      const preview = await call('/api/import/preview');
      expect(preview.statusCode, preview.body).toBe(200);
      disk.fill(256 * 1024);
      const answer = await call(`/api/import?token=${preview.json().token}`);
      expect(expectProblem(answer, 507).detail).toBe(
        'the disk holding the database is full; free some space and try again (nothing was written)',
      );
      disk.free();
      const contacts = await app.inject({
        method: 'GET',
        url: '/api/contacts',
        headers: { host: HOST },
      });
      expect(contacts.json()).toMatchObject({ items: [] });
    } finally {
      await app.close();
    }
  });
});
