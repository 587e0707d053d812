import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchPage } from '../fetch/fetch-page.js';
import { BOARD_JOB } from '../formats/posting/test-support/board.js';
import { type SharedServer, sharedServer } from './test-support/shared-server.js';
import { expectProblem, type TestServer, testServer } from './test-support/test-server.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'capture');
const board = readFileSync(join(FIXTURES, 'board-posting.html'), 'utf8');
const noPosting = readFileSync(join(FIXTURES, 'no-posting.html'), 'utf8');
const pageUrl = 'https://bigboard.example/jobs/view/4100223311?refId=abc';
const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

let server: TestServer;
let pages: Server | undefined;
afterEach(async () => {
  await server.close();
  await new Promise((done) => (pages ? pages.close(done) : done(undefined)));
  pages = undefined;
});

/** The posting page on a loopback address; `/go` redirects to it. */
async function servePage(): Promise<string> {
  pages = createServer((req, res) => {
    if (req.url === '/go') res.writeHead(302, { location: '/job' }).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(board);
  });
  await new Promise<void>((done) => pages?.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
}

describe('POST /api/capture', () => {
  it('makes a job from the page as the browser has it (201), and finds it the second time (200)', async () => {
    server = await testServer();
    const first = await server.call('POST', '/api/capture', { html: board, url: pageUrl });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers.location).toBe(`/api/opportunities/${first.json().id}`);
    expect(first.json()).toMatchObject({
      kind: 'job',
      ...BOARD_JOB,
      existing: false,
    });
    const again = await server.call('POST', '/api/capture', { html: board });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.json().id, existing: true });
    expect((await server.json('GET', '/api/opportunities')).items).toHaveLength(1);
  });

  it('with applied, logs it on the day given: follow-up #1 is due three business days later', async () => {
    server = await testServer({ now: '2026-11-16' });
    const made = await server.json('POST', '/api/capture', {
      html: board,
      applied: true,
      on: '2026-11-16',
    });
    expect(made.events.map((e: { type: string }) => e.type)).toEqual(['applied']);
    expect(made.next[0]).toMatchObject({ action: 'follow-up', dueOn: '2026-11-19' });
  });

  it('?dryRun=1 says what the page holds and whether it is there, and writes nothing', async () => {
    server = await testServer();
    const before = await server.snapshot();
    const found = await server.json('POST', '/api/capture?dryRun=1', { html: board });
    expect(found).toEqual({
      title: 'Staff Site Reliability Engineer',
      company: 'Globex Corporation',
      postingUrl: 'https://bigboard.example/jobs/view/4100223311',
      location: 'Springfield, OR, US',
      postedOn: '2026-11-18',
      existing: null,
    });
    expect(await server.snapshot()).toEqual(before);
    const made = await server.json('POST', '/api/capture', { html: board });
    expect((await server.json('POST', '/api/capture?dryRun=1', { html: board })).existing).toBe(
      made.id,
    );
  });

  it('refuses a page with no posting, an empty request, a bad date or over 5 MB, and writes nothing', async () => {
    server = await testServer();
    const before = await server.snapshot();
    expectProblem(await server.call('POST', '/api/capture', { html: noPosting }), 422, 'html');
    expectProblem(await server.call('POST', '/api/capture', {}), 400, 'html');
    expectProblem(
      await server.call('POST', '/api/capture', { html: board, applied: true, on: '2026-02-30' }),
      422,
      'on',
    );
    const huge = `<title>${'x'.repeat(5 * 1024 * 1024)}</title>`;
    expectProblem(await server.call('POST', '/api/capture', { html: huge }), 413, 'html');
    expect(await server.snapshot()).toEqual(before);
  });

  it('fetches a page by its address, through redirects, when the server may reach it', async () => {
    const base = await servePage();
    server = await testServer({
      capture: { fetch: (url) => fetchPage(url, { allowPrivate: true }) },
    });
    const made = await server.json('POST', '/api/capture', { url: `${base}/go` });
    expect(made).toMatchObject({ company: 'Globex Corporation', existing: false });
  });

  it('never fetches a loopback or private address by default: the server is no door into the network', async () => {
    const base = await servePage();
    server = await testServer();
    const refused = await server.call('POST', '/api/capture', { url: `${base}/go` });
    expectProblem(refused, 422, 'url');
    expect(refused.json().detail).toMatch(/private or local address \(127\.0\.0\.1\)/);
    expectProblem(
      await server.call('POST', '/api/capture', { url: 'file:///etc/passwd' }),
      422,
      'url',
    );
    expect((await server.json('GET', '/api/opportunities')).items).toEqual([]);
  });
});

describe('the browser extension', () => {
  it('may capture from its own origin, answered with CORS headers for that origin alone', async () => {
    server = await testServer();
    const preflight = await server.app.inject({
      method: 'OPTIONS',
      url: '/api/capture',
      headers: {
        host: '127.0.0.1:4545',
        origin: EXTENSION,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(EXTENSION);
    expect(preflight.headers['access-control-allow-methods']).toBe('POST');
    const saved = await server.call('POST', '/api/capture', { html: board }, { origin: EXTENSION });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.headers['access-control-allow-origin']).toBe(EXTENSION);
  });

  it('may do nothing else, and a web page may not capture at all', async () => {
    server = await testServer();
    const add = await server.call(
      'POST',
      '/api/opportunities',
      { kind: 'job', company: 'Acme', title: 'Analyst' },
      { origin: EXTENSION },
    );
    expectProblem(add, 403, 'origin');
    const read = await server.call('GET', '/api/today', undefined, { origin: EXTENSION });
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
    const board2 = await server.call(
      'POST',
      '/api/capture',
      { html: board },
      { origin: 'https://bigboard.example' },
    );
    expectProblem(board2, 403, 'origin');
    expect(board2.headers['access-control-allow-origin']).toBeUndefined();
    expect((await server.json('GET', '/api/opportunities')).items).toEqual([]);
  });
});

describe('the browser extension on a shared deployment', () => {
  let shared: SharedServer;
  afterEach(() => shared.close());

  it('captures with a personal access token, into its own account, and never with no token', async () => {
    shared = await sharedServer();
    const ana = await shared.person('ana@example.com');
    const ben = await shared.person('ben@example.com');
    const headers = { origin: EXTENSION };
    const anonymous = await shared.call('POST', '/api/capture', { body: { html: board }, headers });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().detail).toMatch(/personal access token/);
    const saved = await shared.call('POST', '/api/capture', {
      as: ana,
      body: { html: board },
      headers,
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.headers['access-control-allow-origin']).toBe(EXTENSION);
    const mine = await shared.call('GET', '/api/opportunities', { as: ana });
    const theirs = await shared.call('GET', '/api/opportunities', { as: ben });
    expect(mine.json().items.map((o: { company: string }) => o.company)).toEqual([
      'Globex Corporation',
    ]);
    expect(theirs.json().items).toEqual([]);
  });
});
