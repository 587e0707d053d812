import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerEncoding, COMPRESS_FROM_BYTES } from './compress.js';
import { ACME, type TestServer, testServer } from './test-support/test-server.js';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
  for (let i = 0; i < 30; i++) {
    await server.json('POST', '/api/opportunities', { ...ACME, company: `Acme ${i}` });
  }
});
afterEach(() => server.close());

const list = (acceptEncoding?: string) =>
  server.call(
    'GET',
    '/api/opportunities',
    undefined,
    acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  );

describe('JSON answers above a small size are compressed', () => {
  it('with brotli when the client takes it, the same JSON once decoded', async () => {
    const plain = await list();
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_FROM_BYTES);
    const br = await list('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
  });

  it('with gzip when that is all it takes, or what it prefers', async () => {
    const plain = (await list()).json();
    for (const accepted of ['gzip', 'br;q=0.5, gzip']) {
      const res = await list(accepted);
      expect(res.headers['content-encoding'], accepted).toBe('gzip');
      expect(JSON.parse(gunzipSync(res.rawPayload).toString())).toEqual(plain);
    }
  });

  it('as they are without Accept-Encoding, or for identity only', async () => {
    for (const accepted of [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0']) {
      const res = await list(accepted);
      expect(res.headers['content-encoding'], accepted).toBeUndefined();
      expect(res.json().items).toHaveLength(30);
    }
  });

  it('small answers go out as they are', async () => {
    const res = await server.call('GET', '/api/calendar', undefined, { 'accept-encoding': 'br' });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(COMPRESS_FROM_BYTES);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('answerEncoding', () => {
  it('follows the preference and refusals of Accept-Encoding', () => {
    expect(answerEncoding('br, gzip')).toBe('br');
    expect(answerEncoding('gzip, br')).toBe('br');
    expect(answerEncoding('gzip;q=1, br;q=0.1')).toBe('gzip');
    expect(answerEncoding('*')).toBe('br');
    expect(answerEncoding('identity')).toBeUndefined();
    expect(answerEncoding('')).toBeUndefined();
    expect(answerEncoding(undefined)).toBeUndefined();
  });
});
