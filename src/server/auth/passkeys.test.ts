import type { LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { softAuthenticator } from '../../app/accounts/test-support/soft-authenticator.js';
import { PASSWORD, type SharedServer, sharedServer } from '../test-support/shared-server.js';
import { expectProblem } from '../test-support/test-server.js';

let server: SharedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ORIGIN = 'https://je.example';

function cookieOf(res: LightMyRequestResponse): string {
  const pair = String(res.headers['set-cookie'] ?? '').split(';')[0] ?? '';
  expect(pair).toMatch(/^(?:__Host-)?je_session=.{20,}/);
  return pair;
}

/** A shared deployment at https://je.example, with Sam signed in by password. */
async function signedIn() {
  const s = await sharedServer({ secure: true });
  server = s;
  await s.person('sam@example.com');
  const res = await s.call('POST', '/api/auth/sign-in', {
    body: { email: 'sam@example.com', password: PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = cookieOf(res);
  const as = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    s.call(method, url, { body, headers: { cookie, ...headers } });
  return { s, cookie, as };
}

describe('passkeys over HTTP', () => {
  it('are added by a signed-in person, listed, and sign in with a new session (the old one ends)', async () => {
    const { s, cookie, as } = await signedIn();
    const key = softAuthenticator();
    const options = await as('POST', '/api/auth/passkeys/options');
    expect(options.statusCode, options.body).toBe(200);
    expect(options.json().rp).toEqual({ id: 'je.example', name: 'JustEnough' });
    const added = await as('POST', '/api/auth/passkeys', {
      name: 'Laptop',
      response: key.register(options.json(), ORIGIN),
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ id: key.credentialId, name: 'Laptop', lastUsedAt: null });
    const listed = await as('GET', '/api/auth/passkeys');
    expect(listed.json().passkeys.map((p: { name: string }) => p.name)).toEqual(['Laptop']);

    const challenge = await s.call('POST', '/api/auth/passkey/options');
    expect(challenge.statusCode, challenge.body).toBe(200);
    const res = await s.call('POST', '/api/auth/passkey/sign-in', {
      body: { response: key.signIn(challenge.json(), ORIGIN) },
      headers: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ email: 'sam@example.com' });
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/;\s*HttpOnly/i);
    expect(header).toMatch(/;\s*Secure/i);
    const fresh = cookieOf(res);
    expect(fresh).not.toBe(cookie);
    expectProblem(await as('GET', '/api/me'), 401);
    const me = await s.call('GET', '/api/me', { headers: { cookie: fresh } });
    expect(me.json()).toMatchObject({ email: 'sam@example.com' });
  });

  it('a wrong answer is 401 without a cookie; the same words as for an unknown passkey', async () => {
    const { s } = await signedIn();
    const stranger = softAuthenticator();
    const challenge = await s.call('POST', '/api/auth/passkey/options');
    const res = await s.call('POST', '/api/auth/passkey/sign-in', {
      body: { response: stranger.signIn(challenge.json(), ORIGIN) },
    });
    expectProblem(res, 401);
    expect(res.headers['set-cookie']).toBeUndefined();
    const again = await s.call('POST', '/api/auth/passkey/sign-in', {
      body: { response: stranger.signIn(challenge.json(), ORIGIN) },
    });
    expect(again.body).toBe(res.body);
  });

  it('need a signed-in person to add, list or remove, and a name', async () => {
    const { s, as } = await signedIn();
    expectProblem(await s.call('POST', '/api/auth/passkeys/options'), 401);
    expectProblem(await s.call('GET', '/api/auth/passkeys'), 401);
    const key = softAuthenticator();
    const options = (await as('POST', '/api/auth/passkeys/options')).json();
    const unnamed = await as('POST', '/api/auth/passkeys', {
      name: ' ',
      response: key.register(options, ORIGIN),
    });
    expectProblem(unnamed, 422);
    expect((await as('GET', '/api/auth/passkeys')).json().passkeys).toEqual([]);
    const bad = await as('POST', '/api/auth/passkeys', { name: 'x', response: { id: 1 } });
    expectProblem(bad, 400);
  });

  it('are removed by their owner: 404 for an id that is not theirs', async () => {
    const { s, as } = await signedIn();
    const key = softAuthenticator();
    const options = (await as('POST', '/api/auth/passkeys/options')).json();
    await as('POST', '/api/auth/passkeys', {
      name: 'Key',
      response: key.register(options, ORIGIN),
    });
    const kim = await s.person('kim@example.com');
    const url = `/api/auth/passkeys/${key.credentialId}`;
    expectProblem(await s.call('DELETE', url, { as: kim }), 404);
    expect((await as('DELETE', url)).statusCode).toBe(204);
    expectProblem(await as('DELETE', url), 404);
    const challenge = (await s.call('POST', '/api/auth/passkey/options')).json();
    const res = await s.call('POST', '/api/auth/passkey/sign-in', {
      body: { response: key.signIn(challenge, ORIGIN) },
    });
    expectProblem(res, 401);
  });
});
