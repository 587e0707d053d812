import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SmtpPeer, startSmtpPeer } from '../../mail/test-support/smtp-peer.js';
import { PASSWORD, type SharedServer, sharedServer } from '../test-support/shared-server.js';
import { expectProblem } from '../test-support/test-server.js';

let peer: SmtpPeer;
let server: SharedServer;
beforeEach(async () => {
  peer = await startSmtpPeer();
  server = await sharedServer({ smtp: peer.settings() });
});
afterEach(async () => {
  await server.close();
  await peer.close();
});

const ask = (email: string) => server.call('POST', '/api/auth/reset', { body: { email } });
const signIn = (email: string, password: string) =>
  server.call('POST', '/api/auth/sign-in', { body: { email, password } });

describe('a password reset', () => {
  it("e-mails a one-time link through the deployment's SMTP server; the new password signs in and every session ends", async () => {
    await server.person('sam@example.com');
    const before = await signIn('sam@example.com', PASSWORD);
    const cookie = String(before.headers['set-cookie']).split(';')[0] as string;
    const asked = await ask('Sam@Example.com');
    expect(asked.statusCode).toBe(202);
    await peer.waitFor(1);
    const mail = peer.received[0];
    expect(mail?.to).toEqual(['sam@example.com']);
    const link = /http:\/\/\S+\/reset\?token=(\S+)/.exec(mail?.text ?? '');
    expect(link, mail?.text).not.toBeNull();
    const token = decodeURIComponent(link?.[1] ?? '');

    const weak = await server.call('POST', '/api/auth/reset/confirm', {
      body: { token, password: 'password' },
    });
    expectProblem(weak, 422, 'password');
    const done = await server.call('POST', '/api/auth/reset/confirm', {
      body: { token, password: 'a brand new passphrase' },
    });
    expect(done.statusCode, done.body).toBe(204);
    expectProblem(await server.call('GET', '/api/me', { headers: { cookie } }), 401);
    expectProblem(await signIn('sam@example.com', PASSWORD), 401);
    expect((await signIn('sam@example.com', 'a brand new passphrase')).statusCode).toBe(200);
    const again = await server.call('POST', '/api/auth/reset/confirm', {
      body: { token, password: 'yet another passphrase' },
    });
    expectProblem(again, 404);
  });

  it('answers the same for an address without an account, and sends nothing', async () => {
    await server.person('sam@example.com');
    const known = await ask('sam@example.com');
    const unknown = await ask('nobody@example.com');
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    await peer.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(peer.received.map((m) => m.to)).toEqual([['sam@example.com']]);
  });

  it('sends at most three e-mails an hour to one address', async () => {
    await server.person('sam@example.com');
    for (let i = 0; i < 5; i++) expect((await ask('sam@example.com')).statusCode).toBe(202);
    await peer.waitFor(3);
    await new Promise((r) => setTimeout(r, 500));
    expect(peer.received).toHaveLength(3);
  });
});
