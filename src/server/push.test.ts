import { createPublicKey, verify } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { sendDuePushes } from '../app/push/push.js';
import { memoryVapidKeys } from '../push/vapid.js';
import { webPushSender } from '../push/web-push.js';
import { browserKeys, decrypted, pushService } from './test-support/push-service.js';
import { ACME, expectProblem, type TestServer, testServer } from './test-support/test-server.js';

/** Checks what every push service checks of the VAPID header; returns the JWT's claims. */
function vapidClaims(headers: IncomingHttpHeaders, publicKey: string): Record<string, unknown> {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(headers.authorization ?? '');
  if (!match) throw new Error(`no VAPID authorization: ${headers.authorization}`);
  const [, jwt = '', k = ''] = match;
  expect(k).toBe(publicKey);
  const [head = '', claims = '', signature = ''] = jwt.split('.');
  expect(JSON.parse(Buffer.from(head, 'base64url').toString())).toEqual({
    typ: 'JWT',
    alg: 'ES256',
  });
  const point = Buffer.from(k, 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  expect(signed, 'the JWT is signed by the VAPID key').toBe(true);
  return JSON.parse(Buffer.from(claims, 'base64url').toString()) as Record<string, unknown>;
}

let server: TestServer;
let service: Awaited<ReturnType<typeof pushService>>;
afterEach(async () => {
  await server.close();
  await new Promise((done) => service.server.close(done));
});

async function setUp(now = '2026-11-23T09:00') {
  service = await pushService();
  const keys = memoryVapidKeys();
  const send = webPushSender(keys, { allowPrivate: true, ca: service.ca });
  server = await testServer({
    now,
    push: { publicKey: async () => (await keys()).publicKey, send, allowPrivate: true },
  });
  return { send, publicKey: (await keys()).publicKey };
}

describe('reminders on a device (web push)', () => {
  it("sends the morning's list once, signed, encrypted to the device, with TTL", async () => {
    const { send, publicKey } = await setUp();
    await server.json('POST', '/api/opportunities', ACME); // follow-up #1 due today, Mon 23 Nov
    expect((await server.json('GET', '/api/push')).publicKey).toBe(publicKey);
    const device = browserKeys();
    const endpoint = `${service.url}/push/device-1`;
    const added = await server.call('POST', '/api/push/subscriptions', {
      endpoint,
      expirationTime: null,
      keys: device.keys,
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().devices).toEqual([{ endpoint, thankYous: true, lastSentOn: null }]);

    expect(await sendDuePushes(server.ctx, send)).toEqual({
      outcome: 'done',
      sent: 1,
      gone: 0,
      failed: [],
    });
    expect(service.received).toHaveLength(1);
    const [push] = service.received;
    if (!push) throw new Error('nothing received');
    expect(push.url).toBe('/push/device-1');
    const claims = vapidClaims(push.headers, publicKey);
    expect(claims.aud).toBe(service.url);
    const inADay = Date.now() / 1000 + 24 * 60 * 60;
    expect(claims.exp).toBeGreaterThan(Date.now() / 1000);
    expect(claims.exp).toBeLessThanOrEqual(inADay);
    expect(String(claims.sub)).toMatch(/^(mailto:|https:)/);
    expect(Number(push.headers.ttl)).toBeGreaterThan(0);
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(JSON.parse(decrypted(push.body, device))).toMatchObject({
      title: '1 person to call today: Jane Doe',
      url: '/',
      tag: 'today',
    });

    // The same day again: claimed already, nothing sent twice.
    expect(await sendDuePushes(server.ctx, send)).toMatchObject({ outcome: 'done', sent: 0 });
    expect(service.received).toHaveLength(1);
  });

  it("checks the push service's address again at each push, and connects to the one checked", async () => {
    service = await pushService();
    const keys = memoryVapidKeys();
    const device = browserKeys().keys;
    const port = new URL(service.url).port;
    // push.invalid: a name no system resolver answers; these resolvers are the only way to it.
    const to = { endpoint: `https://push.invalid:${port}/push/d`, ...device };
    const reminder = { title: 'Call Jane Doe', body: 'Follow-up #1', url: '/', tag: 'today' };
    // It subscribed when the name was public; by the morning it points into the private network.
    const rebound = webPushSender(keys, { resolve: async () => ['10.0.0.7'], ca: service.ca });
    expect(await rebound(to, reminder)).toEqual({
      failed: expect.stringContaining('push.invalid is on a private or local address (10.0.0.7)'),
    });
    expect(service.received).toEqual([]);
    // An address counted as public (here the service's loopback one): the push goes there, by
    // that address, as no second lookup could have answered it.
    const checkedOnly = webPushSender(keys, {
      resolve: async () => ['127.0.0.1'],
      isPrivate: () => false,
      ca: service.ca,
    });
    expect(await checkedOnly(to, reminder)).toBe('sent');
    expect(service.received.map((r) => r.url)).toEqual(['/push/d']);
    const plain = webPushSender(keys, { ca: service.ca });
    expect(await plain({ ...to, endpoint: `http://127.0.0.1:${port}/push/d` }, reminder)).toEqual({
      failed: 'a push service address is an https URL',
    });
    server = await testServer();
  });

  it('waits for the morning time, and says nothing on a day with nothing due', async () => {
    const { send } = await setUp('2026-11-23T06:00');
    const device = browserKeys();
    await server.json('POST', '/api/push/subscriptions', {
      endpoint: `${service.url}/push/d`,
      keys: device.keys,
    });
    expect((await sendDuePushes(server.ctx, send)).outcome).toBe('not-yet');
    await server.close();
    server = await testServer({
      now: '2026-11-23T10:00',
      push: { publicKey: async () => '', send, allowPrivate: true },
    });
    await server.json('POST', '/api/push/subscriptions', {
      endpoint: `${service.url}/push/d`,
      keys: device.keys,
    });
    expect((await sendDuePushes(server.ctx, send)).outcome).toBe('nothing-due');
    expect(service.received).toEqual([]);
  });

  it('removes a device the push service no longer knows (410)', async () => {
    const { send } = await setUp();
    await server.json('POST', '/api/opportunities', ACME);
    await server.json('POST', '/api/push/subscriptions', {
      endpoint: `${service.url}/gone/old-phone`,
      keys: browserKeys().keys,
    });
    expect(await sendDuePushes(server.ctx, send)).toMatchObject({ sent: 0, gone: 1 });
    expect((await server.json('GET', '/api/push')).devices).toEqual([]);
  });

  it('refuses a push service on a private address by default, and keys that are none', async () => {
    service = await pushService();
    server = await testServer();
    const before = await server.snapshot();
    const keys = browserKeys().keys;
    expectProblem(
      await server.call('POST', '/api/push/subscriptions', {
        endpoint: `${service.url}/push/x`,
        keys,
      }),
      422,
      'endpoint',
    );
    expectProblem(
      await server.call('POST', '/api/push/subscriptions', {
        endpoint: 'https://93.184.216.34/fcm/send/abc',
        keys: { ...keys, p256dh: 'AAAA' },
      }),
      422,
      'keys.p256dh',
    );
    expect(await server.snapshot()).toEqual(before);
    expect((await server.json('GET', '/api/push')).devices).toEqual([]);
  });
});
