import { afterEach, describe, expect, it } from 'vitest';
import { type SmtpPeer, startSmtpPeer } from '../../mail/test-support/smtp-peer.js';
import { PASSWORD, type SharedServer, sharedServer } from '../test-support/shared-server.js';
import { expectProblem } from '../test-support/test-server.js';

let peer: SmtpPeer | undefined;
let server: SharedServer;
afterEach(async () => {
  await server.close();
  await peer?.close();
  peer = undefined;
});

const NEW = { email: 'nia@example.com', name: 'Nia', password: 'a fresh long passphrase' };
const cookieOf = (res: { headers: Record<string, unknown> }) =>
  String(res.headers['set-cookie']).split(';')[0] as string;

describe('sign-up', { timeout: 60_000 }, () => {
  it('by invitation only (the default): no link, no account', async () => {
    server = await sharedServer();
    const info = await server.call('GET', '/api/auth/sign-up');
    expect(info.json()).toEqual({ mode: 'invitation', invitation: null });
    const refused = await server.call('POST', '/api/auth/sign-up', { body: NEW });
    expectProblem(refused, 403, 'invitation');
    expect(await server.store.read((q) => q.personByEmail(NEW.email))).toBeUndefined();
  });

  it('open: anyone makes an account and is signed in at once', async () => {
    server = await sharedServer({ signUp: 'open' });
    const made = await server.call('POST', '/api/auth/sign-up', { body: NEW });
    expect(made.statusCode, made.body).toBe(201);
    const me = await server.call('GET', '/api/me', { headers: { cookie: cookieOf(made) } });
    expect(me.json()).toMatchObject({ email: NEW.email, name: 'Nia', role: 'member' });
    expectProblem(await server.call('POST', '/api/auth/sign-up', { body: NEW }), 409, 'email');
    const weak = await server.call('POST', '/api/auth/sign-up', {
      body: { ...NEW, email: 'o@example.com', password: 'password1' },
    });
    expectProblem(weak, 422, 'password');
  });

  it("a coach's e-mailed invitation makes one account, for that address, once", async () => {
    peer = await startSmtpPeer();
    server = await sharedServer({ smtp: peer.settings() });
    const coach = await server.person('cora@example.com', 'coach');
    const member = await server.person('max@example.com');
    expectProblem(
      await server.call('POST', '/api/invitations', { as: member, body: { email: NEW.email } }),
      403,
    );
    const sent = await server.call('POST', '/api/invitations', {
      as: coach,
      body: { email: NEW.email },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ email: NEW.email, sent: true });
    await peer.waitFor(1);
    const text = peer.received[0]?.text ?? '';
    const secret = decodeURIComponent(/sign-up\?invitation=(\S+)/.exec(text)?.[1] ?? '');
    expect(secret.length).toBeGreaterThan(20);
    const info = await server.call(
      'GET',
      `/api/auth/sign-up?invitation=${encodeURIComponent(secret)}`,
    );
    expect(info.json().invitation).toEqual({ inviter: 'cora', email: NEW.email, shares: null });
    const other = await server.call('POST', '/api/auth/sign-up', {
      body: { ...NEW, email: 'else@example.com', invitation: secret },
    });
    expectProblem(other, 422, 'email');
    const made = await server.call('POST', '/api/auth/sign-up', {
      body: { ...NEW, invitation: secret },
    });
    expect(made.statusCode, made.body).toBe(201);
    const again = await server.call('POST', '/api/auth/sign-up', {
      body: { ...NEW, email: 'else@example.com', invitation: secret },
    });
    expectProblem(again, 404);
    // No grant: an invitation by e-mail shares nothing.
    const id = Number(made.json().id);
    expect(await server.store.read((q) => q.grantsOf(id))).toEqual([]);
  });

  it("a coach's group link signs up many, each sharing progress with the coach in one step", async () => {
    server = await sharedServer();
    const coach = await server.person('cora@example.com', 'coach');
    const made = await server.call('POST', '/api/invitations/group', { as: coach });
    expect(made.statusCode, made.body).toBe(201);
    const link = made.json().link as string;
    const secret = decodeURIComponent(link.split('invitation=')[1] ?? '');
    const status = await server.call('GET', '/api/invitations/group', { as: coach });
    expect(status.json()).toMatchObject({ link: null, until: made.json().until });
    for (const email of ['a1@example.com', 'a2@example.com']) {
      const res = await server.call('POST', '/api/auth/sign-up', {
        body: { ...NEW, email, invitation: secret },
      });
      expect(res.statusCode, res.body).toBe(201);
      const grants = await server.call('GET', '/api/sharing', {
        headers: { cookie: cookieOf(res) },
      });
      expect(grants.json().grants).toMatchObject([
        { coach: 'cora@example.com', scope: 'progress', until: null, active: true },
      ]);
    }
    const clients = await server.call('GET', '/api/clients', { as: coach });
    expect(clients.json().clients.map((c: { email: string }) => c.email)).toEqual([
      'a1@example.com',
      'a2@example.com',
    ]);
    // A new link ends the old one.
    await server.call('POST', '/api/invitations/group', { as: coach });
    const late = await server.call('POST', '/api/auth/sign-up', {
      body: { ...NEW, email: 'a3@example.com', invitation: secret },
    });
    expectProblem(late, 404);
  });
});

describe('the account page', { timeout: 60_000 }, () => {
  it('changes the name and address; an address of another account is refused', async () => {
    server = await sharedServer();
    const sam = await server.person('sam@example.com');
    await server.person('taken@example.com');
    const saved = await server.call('PATCH', '/api/me', {
      as: sam,
      body: { name: 'Sam Lee', email: 'Sam.Lee@Example.com' },
    });
    expect(saved.json()).toMatchObject({ name: 'Sam Lee', email: 'sam.lee@example.com' });
    expectProblem(
      await server.call('PATCH', '/api/me', { as: sam, body: { email: 'taken@example.com' } }),
      409,
      'email',
    );
  });

  it('changes the password knowing the current one, and signs out the other sessions', async () => {
    server = await sharedServer();
    await server.person('sam@example.com');
    const signIn = (password: string) =>
      server.call('POST', '/api/auth/sign-in', { body: { email: 'sam@example.com', password } });
    const here = cookieOf(await signIn(PASSWORD));
    const there = cookieOf(await signIn(PASSWORD));
    const wrong = await server.call('POST', '/api/me/password', {
      headers: { cookie: here },
      body: { current: 'not it at all', password: 'a brand new passphrase' },
    });
    expectProblem(wrong, 422, 'current');
    const done = await server.call('POST', '/api/me/password', {
      headers: { cookie: here },
      body: { current: PASSWORD, password: 'a brand new passphrase' },
    });
    expect(done.statusCode, done.body).toBe(204);
    expect((await server.call('GET', '/api/me', { headers: { cookie: here } })).statusCode).toBe(
      200,
    );
    expectProblem(await server.call('GET', '/api/me', { headers: { cookie: there } }), 401);
    expect((await signIn('a brand new passphrase')).statusCode).toBe(200);
  });
});
