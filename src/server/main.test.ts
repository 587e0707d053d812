import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultWebRoot, hostsFor, type RunningServer, startServer } from './main.js';

let data: string;
let running: RunningServer[] = [];
beforeEach(() => {
  data = mkdtempSync(join(tmpdir(), 'justenough-serve-'));
  return async () => {
    for (const server of running) await server.close();
    running = [];
    rmSync(data, { recursive: true, force: true });
  };
});

async function start(options: object, env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const server = await startServer({ data, port: 0, ...options }, env);
  running.push(server);
  return server;
}

/** A request with a Host of our choosing, which fetch does not allow. */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startServer', () => {
  it('listens on loopback and answers /api/today over HTTP, on the clock of --now', async () => {
    const server = await start({ now: '2026-11-23' });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/today`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toMatchObject({ date: '2026-11-23', items: [], maxFollowUps: 3 });
  });

  it('takes the clock from $JUSTENOUGH_NOW, and keeps the data in --data', async () => {
    const first = await start({}, { JUSTENOUGH_NOW: '2027-01-04' });
    const today = (await (await fetch(`${first.url}/api/today`)).json()) as { date: string };
    expect(today.date).toBe('2027-01-04');
    const added = await fetch(`${first.url}/api/opportunities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: first.url },
      body: JSON.stringify({ kind: 'job', company: 'Acme', title: 'Analyst' }),
    });
    expect(added.status).toBe(201);
    await first.close();
    running = [];
    const second = await start({ now: '2027-01-05' });
    const list = (await (await fetch(`${second.url}/api/opportunities`)).json()) as {
      items: { company: string }[];
    };
    expect(list.items.map((o) => o.company)).toEqual(['Acme']);
  });

  it('answers to its own names only', async () => {
    const server = await start({});
    const port = new URL(server.url).port;
    expect(await getWithHost(`${server.url}/api/today`, `localhost:${port}`)).toBe(200);
    expect(await getWithHost(`${server.url}/api/today`, `127.0.0.1:${port}`)).toBe(200);
    expect(await getWithHost(`${server.url}/api/today`, `evil.example:${port}`)).toBe(421);
  });

  it('refuses a port that is not one, or in use, in one line', async () => {
    await expect(startServer({ data, port: 'http' }, {})).rejects.toThrow(
      /--port: "http" is not a port/,
    );
    await expect(startServer({ data, port: 70000 }, {})).rejects.toThrow(/--port/);
    const server = await start({});
    const port = new URL(server.url).port;
    await expect(startServer({ data, port }, {})).rejects.toThrow(
      new RegExp(`--port: ${port} is already in use`),
    );
  });

  it('refuses a bad --now before listening', async () => {
    await expect(startServer({ data, port: 0, now: 'soon' }, {})).rejects.toThrow(/--now/);
  });
});

describe('hostsFor', () => {
  it('gives a loopback server all the loopback names', () => {
    expect(hostsFor('127.0.0.1', 4545).sort()).toEqual(
      ['127.0.0.1:4545', 'localhost:4545', '[::1]:4545'].sort(),
    );
    expect(hostsFor('::1', 4545)).toContain('[::1]:4545');
    expect(hostsFor('localhost', 4545)).toContain('127.0.0.1:4545');
  });

  it('gives another address only itself', () => {
    expect(hostsFor('192.168.1.20', 4545)).toEqual(['192.168.1.20:4545']);
  });

  it('leaves the default port out as browsers do', () => {
    expect(hostsFor('127.0.0.1', 80)).toEqual(
      expect.arrayContaining(['127.0.0.1', 'localhost:80']),
    );
  });

  it("gives a server on every interface the loopback names and the machine's addresses", () => {
    const hosts = hostsFor('0.0.0.0', 4545);
    expect(hosts).toEqual(
      expect.arrayContaining(['0.0.0.0:4545', 'localhost:4545', '127.0.0.1:4545']),
    );
  });
});

describe('defaultWebRoot', () => {
  it('is dist/web of the package', () => {
    expect(defaultWebRoot()).toBe(join(import.meta.dirname, '..', '..', 'dist', 'web'));
  });
});

describe('--public-url', () => {
  it('gives the feed and the links its address, and accepts its Host and Origin', async () => {
    const server = await start({ publicUrl: 'https://je.example.com' });
    const port = new URL(server.url).port;
    const feed = (await (await fetch(`${server.url}/api/calendar`, { method: 'POST' })).json()) as {
      url: string;
    };
    expect(feed.url).toMatch(/^https:\/\/je\.example\.com\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(feed.url).pathname;
    // A proxy in front forwards the public name; so does Google Calendar's fetcher.
    expect(await getWithHost(`${server.url}${path}`, 'je.example.com')).toBe(200);
    expect(await getWithHost(`${server.url}${path}`, `127.0.0.1:${port}`)).toBe(200);
    expect(await getWithHost(`${server.url}${path}`, 'evil.example')).toBe(421);
    const fromPublicPage = await fetch(`${server.url}/api/calendar/reset`, {
      method: 'POST',
      headers: { origin: 'https://je.example.com' },
    });
    expect(fromPublicPage.status).toBe(200);
  });

  it('is taken from $JUSTENOUGH_PUBLIC_URL, and refused with a path or another scheme', async () => {
    const server = await start({}, { JUSTENOUGH_PUBLIC_URL: 'http://192.0.2.7:8080' });
    const feed = (await (await fetch(`${server.url}/api/calendar`, { method: 'POST' })).json()) as {
      url: string;
    };
    expect(feed.url.startsWith('http://192.0.2.7:8080/calendar/')).toBe(true);
    await expect(
      startServer({ data, port: 0, publicUrl: 'https://x.example/je' }, {}),
    ).rejects.toThrow(/--public-url: "https:\/\/x.example\/je" is not the address of this server/);
    await expect(
      startServer({ data, port: 0 }, { JUSTENOUGH_PUBLIC_URL: 'ftp://x.example' }),
    ).rejects.toThrow(/\$JUSTENOUGH_PUBLIC_URL/);
    await expect(
      startServer({ data, port: 0 }, { JUSTENOUGH_SMTP_URL: 'mail.example.com' }),
    ).rejects.toThrow(/\$JUSTENOUGH_SMTP_URL: not an SMTP address/);
  });

  it('without it, the feed is at the address the server listens on', async () => {
    const server = await start({});
    const feed = (await (await fetch(`${server.url}/api/calendar`, { method: 'POST' })).json()) as {
      url: string;
    };
    expect(feed.url.startsWith(`${server.url}/calendar/`)).toBe(true);
    const res = await fetch(feed.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });
});
