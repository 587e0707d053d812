import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchPage } from './fetch-page.js';
import { privateAddress } from './private-address.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

/** A page server on a loopback address; answers `/go` with a redirect to `to`. */
async function serve(host: string, to?: string, size = 100): Promise<string> {
  const server = createServer((req, res) => {
    if (req.url === '/go' && to) {
      res.writeHead(302, { location: to }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<title>${'x'.repeat(size)}</title>`);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, host, done));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

describe('privateAddress', () => {
  it('refuses loopback, private, link-local, unique-local and mapped forms; lets public ones through', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd12:3456::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '100.64.0.1',
      'nonsense',
    ])
      expect(privateAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8'])
      expect(privateAddress(a), a).toBe(false);
  });
});

describe('fetchPage', () => {
  it('refuses a page on 127.0.0.1, and fetches it with allowPrivate', async () => {
    const base = await serve('127.0.0.1');
    expect(await fetchPage(`${base}/job`)).toMatchObject({
      ok: false,
      message: expect.stringContaining('private or local address (127.0.0.1)'),
    });
    expect(await fetchPage(`${base}/job`, { allowPrivate: true })).toMatchObject({
      ok: true,
      url: `${base}/job`,
    });
  });

  it('refuses a name that resolves to a private address, before connecting', async () => {
    const result = await fetchPage('http://jobs.example/1', {
      resolve: async () => ['93.184.216.34', '10.0.0.5'],
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('10.0.0.5') });
  });

  it('checks every redirect: one to 127.0.0.1 is refused', async () => {
    const inner = await serve('127.0.0.1');
    // The first server counts as public for this test only; 127.0.0.1 is checked as always.
    const outer = await serve('127.0.0.2', `${inner}/job`);
    const options = { isPrivate: (a: string) => a !== '127.0.0.2' && privateAddress(a) };
    expect(await fetchPage(`${outer}/job`, options)).toMatchObject({ ok: true });
    expect(await fetchPage(`${outer}/go`, options)).toMatchObject({
      ok: false,
      message: expect.stringContaining('(127.0.0.1)'),
    });
  });

  it('follows at most 5 redirects', async () => {
    const loop = await serve('127.0.0.1', '/go');
    expect(await fetchPage(`${loop}/go`, { allowPrivate: true })).toMatchObject({
      ok: false,
      message: expect.stringContaining('more than 5 redirects'),
    });
  });

  it('refuses pages over 5 MB and addresses that are not http(s)', async () => {
    const big = await serve('127.0.0.1', undefined, 5 * 1024 * 1024 + 1);
    expect(await fetchPage(`${big}/`, { allowPrivate: true })).toMatchObject({
      ok: false,
      message: expect.stringContaining('5 MB'),
    });
    expect(await fetchPage('file:///etc/passwd')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not file:'),
    });
    expect(await fetchPage('ftp://jobs.example/')).toMatchObject({ ok: false });
  });
});
