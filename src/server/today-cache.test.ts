import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { openAccount } from '../app/account.js';
import { updateSettings } from '../app/settings.js';
import {
  addJob,
  fixedClock,
  log,
  must,
  type TestApp,
  testApp,
} from '../app/test-support/test-app.js';
import { openSqliteStore } from '../store/store.js';
import { ACME, HOST, type TestServer, testServer } from './test-support/test-server.js';
import { todayCache } from './today-cache.js';

let app: TestApp | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await app?.close();
  await server?.close();
  app = server = undefined;
});

describe('the today list cache', () => {
  it('answers the same JSON while nothing changed, and a new one after any write', async () => {
    app = await testApp({ now: '2026-11-23' });
    const job = await addJob(app, { appliedOn: '2026-11-18' });
    const answer = todayCache(app.ctx);
    const first = await answer();
    expect(await answer()).toBe(first);
    await log(app, job.id, 'voicemail');
    const second = await answer();
    expect(second.etag).not.toBe(first.etag);
    expect(JSON.parse(String(second.body)).items).toEqual([]);
    must(await updateSettings(app.ctx, { name: 'Sam Lee' }));
    expect((await answer()).etag).not.toBe(second.etag);
  });

  it('computes the list again on a new day', async () => {
    app = await testApp({ now: '2026-11-20' });
    await addJob(app, { appliedOn: '2026-11-18' });
    const answer = todayCache(app.ctx);
    expect(JSON.parse(String((await answer()).body)).items).toEqual([]);
    app.setNow('2026-11-23');
    expect(JSON.parse(String((await answer()).body)).items).toHaveLength(1);
  });

  it('drops an interview from the list once it has started', async () => {
    app = await testApp({ now: '2026-11-23T09:00:00-06:00' });
    const job = await addJob(app, { appliedOn: '2026-11-18' });
    await log(app, job.id, 'interview', { at: '2026-11-23T14:00:00-06:00' });
    const answer = todayCache(app.ctx);
    expect(JSON.parse(String((await answer()).body)).interviews).toHaveLength(1);
    app.setNow('2026-11-23T13:59:00-06:00');
    expect(JSON.parse(String((await answer()).body)).interviews).toHaveLength(1);
    app.setNow('2026-11-23T14:01:00-06:00');
    expect(JSON.parse(String((await answer()).body)).interviews).toEqual([]);
  });

  it('sees a write made by another process on the same database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'justenough-cache-'));
    const clock = fixedClock(() => '2026-11-23');
    const server = await openSqliteStore(join(dir, 'db.sqlite'));
    const cli = await openSqliteStore(join(dir, 'db.sqlite'));
    try {
      const serverCtx = await openAccount(server, clock, () => 'America/Chicago');
      const cliCtx = await openAccount(cli, clock, () => 'America/Chicago');
      const answer = todayCache(serverCtx);
      expect(JSON.parse(String((await answer()).body)).items).toEqual([]);
      await addJob({ ctx: cliCtx } as TestApp, { appliedOn: '2026-11-18' });
      expect(JSON.parse(String((await answer()).body)).items).toHaveLength(1);
    } finally {
      await server.close();
      await cli.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GET /api/today and its ETag', () => {
  it('answers 304 to a client whose copy is current, and the new list after a change', async () => {
    server = await testServer();
    await server.json('POST', '/api/opportunities', ACME);
    const first = await server.call('GET', '/api/today');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"t\d+-2026-11-23-\d+"$/);
    const again = await server.call('GET', '/api/today', undefined, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    await server.json('POST', '/api/opportunities/1/events', { type: 'voicemail' });
    const changed = await server.call('GET', '/api/today', undefined, {
      host: HOST,
      'if-none-match': etag,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(changed.json().items).toEqual([]);
  });

  it('answers gzip to a client that takes it, as every browser does, and plain JSON otherwise', async () => {
    server = await testServer();
    await server.json('POST', '/api/opportunities', ACME);
    const plain = await server.call('GET', '/api/today');
    const zipped = await server.call('GET', '/api/today', undefined, {
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    const refused = await server.call('GET', '/api/today', undefined, {
      'accept-encoding': 'gzip;q=0, identity',
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(plain.body);
  });
});
