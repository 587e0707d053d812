import type { LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { PASSWORD, type SharedServer, sharedServer } from '../test-support/shared-server.js';
import { expectProblem } from '../test-support/test-server.js';

let server: SharedServer;
afterEach(() => server.close());

const signIn = (email: string, password = PASSWORD, cookie?: string) =>
  server.call('POST', '/api/auth/sign-in', {
    body: { email, password },
    ...(cookie ? { headers: { cookie } } : {}),
  });

/** The `name=value` of the answer's session cookie. */
function cookieOf(res: LightMyRequestResponse): string {
  const header = String(res.headers['set-cookie'] ?? '');
  const pair = header.split(';')[0] ?? '';
  expect(pair).toMatch(/^(?:__Host-)?je_session=.{20,}/);
  return pair;
}

const me = (cookie: string) => server.call('GET', '/api/me', { headers: { cookie } });

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, not Secure over http', async () => {
    server = await sharedServer();
    await server.person('sam@example.com');
    const res = await signIn('sam@example.com');
    expect(res.statusCode, res.body).toBe(200);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/;\s*HttpOnly/i);
    expect(header).toMatch(/;\s*SameSite=Lax/i);
    expect(header).toMatch(/;\s*Path=\//i);
    expect(header).not.toMatch(/;\s*Secure/i);
    expect(res.json()).toMatchObject({ email: 'sam@example.com', role: 'member' });
    expect((await me(cookieOf(res))).json()).toMatchObject({ email: 'sam@example.com' });
  });

  it('is Secure, with the __Host- prefix, when the public address is https', async () => {
    server = await sharedServer({ secure: true });
    await server.person('sam@example.com');
    const res = await signIn('sam@example.com');
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/^__Host-je_session=/);
    expect(header).toMatch(/;\s*Secure/i);
    expect(header).toMatch(/;\s*HttpOnly/i);
    expect((await me(cookieOf(res))).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('are new at every sign-in: the session a browser had before ends', async () => {
    server = await sharedServer();
    await server.person('sam@example.com');
    const first = cookieOf(await signIn('sam@example.com'));
    const second = cookieOf(await signIn('sam@example.com', PASSWORD, first));
    expect(second).not.toBe(first);
    expectProblem(await me(first), 401);
    expect((await me(second)).statusCode).toBe(200);
  });

  it('end at sign-out, and all of them with "sign out everywhere"', async () => {
    server = await sharedServer();
    await server.person('sam@example.com');
    const laptop = cookieOf(await signIn('sam@example.com'));
    const phone = cookieOf(await signIn('sam@example.com'));
    const tablet = cookieOf(await signIn('sam@example.com'));
    const out = await server.call('POST', '/api/auth/sign-out', { headers: { cookie: tablet } });
    expect(out.statusCode).toBe(204);
    expectProblem(await me(tablet), 401);
    const listed = await server.call('GET', '/api/auth/sessions', { headers: { cookie: laptop } });
    expect(listed.json().sessions).toHaveLength(2);
    expect(listed.json().sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const everywhere = await server.call('DELETE', '/api/auth/sessions', {
      headers: { cookie: phone },
    });
    expect(everywhere.statusCode).toBe(204);
    expectProblem(await me(laptop), 401);
    expectProblem(await me(phone), 401);
  });

  it('are not made from a wrong password, and an unknown address gets the same answer', async () => {
    server = await sharedServer();
    await server.person('sam@example.com');
    const wrong = await signIn('sam@example.com', 'not the password');
    const nobody = await signIn('nobody@example.com', 'not the password');
    expectProblem(wrong, 401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(nobody.statusCode).toBe(wrong.statusCode);
    expect(nobody.body).toBe(wrong.body);
  });
});

describe('sign-in attempts', () => {
  it('are limited per address: past ten in 15 minutes even the right password is refused, for any address alike', async () => {
    server = await sharedServer();
    await server.person('sam@example.com');
    for (let i = 0; i < 10; i++) expectProblem(await signIn('sam@example.com', `wrong ${i}`), 401);
    const limited = await signIn('sam@example.com');
    expectProblem(limited, 429);
    expect(limited.headers['set-cookie']).toBeUndefined();
    for (let i = 0; i < 10; i++) await signIn('nobody@example.com', `wrong ${i}`);
    const nobody = await signIn('nobody@example.com');
    expect(nobody.statusCode).toBe(429);
    expect(nobody.body).toBe(limited.body);
    // Another address from the same client is not held up by these.
    await server.person('kim@example.com');
    expect((await signIn('kim@example.com')).statusCode).toBe(200);
  });
});

describe('pages in shared mode', () => {
  it('send a visitor without a session to the sign-in page', async () => {
    server = await sharedServer();
    const page = await server.call('GET', '/pipeline');
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/sign-in?next=%2Fpipeline');
    expect((await server.call('GET', '/sign-in')).statusCode).not.toBe(303);
  });
});
