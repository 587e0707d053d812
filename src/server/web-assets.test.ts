import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestServer, testServer } from './test-support/test-server.js';
import { isHashed } from './web-app.js';

const ROOT = join(import.meta.dirname, '..', '..');
const COMPRESS = join(ROOT, 'scripts', 'compress-web.mjs');
/** The web app as `npm run build` made it (`npm test` builds first). */
const BUILT = join(ROOT, 'dist', 'web');
const INDEX = `<!doctype html><title>JustEnough</title>${'<!-- padding -->'.repeat(60)}<script type="module" src="/assets/index-DxK4E6fp.js"></script>`;
const SCRIPT = `export const words = ${JSON.stringify('call them back '.repeat(400))};\n`;

let server: TestServer;
let webRoot: string;
beforeEach(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'justenough-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), INDEX);
  writeFileSync(join(webRoot, 'assets', 'index-DxK4E6fp.js'), SCRIPT);
  writeFileSync(join(webRoot, 'assets', 'index-DxK4E6fp.js.map'), '{"version":3,"sources":[]}');
  writeFileSync(join(webRoot, 'robots.txt'), `User-agent: *\n${'Disallow: /api\n'.repeat(80)}`);
  // The build's own step, on this small build.
  execFileSync(process.execPath, [COMPRESS, webRoot], { stdio: 'ignore' });
  server = await testServer({ webRoot });
  return () => rmSync(webRoot, { recursive: true, force: true });
});
afterEach(() => server.close());

const get = (url: string, acceptEncoding?: string) =>
  server.call('GET', url, undefined, acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});

describe('files compressed at build time, sent by Accept-Encoding', () => {
  it('sends brotli to a browser that takes it, gzip to one that takes only gzip', async () => {
    const br = await get('/assets/index-DxK4E6fp.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);

    const gz = await get('/assets/index-DxK4E6fp.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
    for (const res of [br, gz]) expect(res.headers.vary).toMatch(/accept-encoding/i);
  });

  it('sends the file as it is without Accept-Encoding, or when br and gzip are refused', async () => {
    for (const accepted of [undefined, 'identity', 'br;q=0, gzip;q=0', 'deflate']) {
      const res = await get('/assets/index-DxK4E6fp.js', accepted);
      expect(res.headers['content-encoding'], accepted).toBeUndefined();
      expect(res.body).toBe(SCRIPT);
    }
  });

  it('compresses the page itself, and the app routes that answer it', async () => {
    for (const url of ['/', '/pipeline']) {
      const res = await get(url, 'br');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString()).toBe(INDEX);
    }
  });
});

describe('caching', () => {
  it('lets browsers keep the files named after their content for good', async () => {
    for (const accepted of [undefined, 'br', 'gzip']) {
      const res = await get('/assets/index-DxK4E6fp.js', accepted);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('has browsers ask again for every other file: the page and files without a hash', async () => {
    for (const url of ['/', '/index.html', '/robots.txt', '/today']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('tells hashed names from others', () => {
    expect(isHashed('assets/index-DxK4E6fp.js')).toBe(true);
    expect(isHashed('assets/Button-DlUNXe0A.css')).toBe(true);
    expect(isHashed('assets/index.js')).toBe(false);
    expect(isHashed('index-DxK4E6fp.js')).toBe(false);
    expect(isHashed('assets/sub/x-DxK4E6fp.js')).toBe(false);
  });
});

describe('source maps', () => {
  it('are never served, even when a build left one behind', async () => {
    for (const url of ['/assets/index-DxK4E6fp.js.map', '/assets/missing.js.map', '/x.map']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('"version":3');
    }
  });

  it('are not in the production build, nor named by its files', () => {
    const assets = join(BUILT, 'assets');
    const names = readdirSync(assets);
    expect(names.some((n) => n.endsWith('.js'))).toBe(true);
    expect(names.filter((n) => n.endsWith('.map'))).toEqual([]);
    for (const name of names.filter((n) => n.endsWith('.js'))) {
      expect(readFileSync(join(assets, name), 'utf8'), name).not.toContain('sourceMappingURL');
    }
  });

  it('a missing file of the build answers 404, not the page', async () => {
    const res = await get('/assets/gone-AAAAAAAA.js');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('no such file');
  });
});
