import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, type TestServer, testServer } from './test-support/test-server.js';

const INDEX =
  '<!doctype html><title>JustEnough</title><script type="module" src="/assets/app.js"></script>';

let server: TestServer;
afterEach(() => server.close());

describe('the built web app', () => {
  let webRoot: string;
  beforeEach(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'justenough-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("app")');
    server = await testServer({ webRoot });
    return () => rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves index.html at / with the content security policy', async () => {
    const res = await server.call('GET', '/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toBe(INDEX);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('serves its files', async () => {
    const res = await server.call('GET', '/assets/app.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.body).toBe('console.log("app")');
  });

  it("answers index.html for the app's own routes, so a reload works", async () => {
    for (const url of ['/today', '/opportunities/12', '/settings?tab=playbook']) {
      const res = await server.call('GET', url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toBe(INDEX);
    }
  });

  it('answers a problem, not the page, for an unknown API route or a write outside /api', async () => {
    expectProblem(await server.call('GET', '/api/unknown'), 404);
    expectProblem(await server.call('POST', '/today', {}), 404);
  });

  it('refuses a foreign Host for the page as for the API', async () => {
    expectProblem(await server.call('GET', '/', undefined, { host: 'evil.example' }), 421);
  });
});

describe('no web app built', () => {
  it.each([undefined, '/nonexistent/justenough/web'])(
    'answers / and the app routes with a page saying how to build it (webRoot %s)',
    async (webRoot) => {
      server = await testServer(webRoot === undefined ? {} : { webRoot });
      for (const url of ['/', '/today']) {
        const res = await server.call('GET', url);
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.body).toContain('not built');
        expect(res.body).toContain('npm run build');
      }
      expect((await server.json('GET', '/api/today')).date).toBe('2026-11-23');
    },
  );
});
