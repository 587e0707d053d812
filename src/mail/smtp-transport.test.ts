import { createTransport } from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import type { SmtpSettings } from '../app/digest/settings.js';
import { sendErrorInWords, transportOptions } from './smtp-transport.js';
import { type SmtpPeer, startSmtpPeer } from './test-support/smtp-peer.js';

const REMOTE: SmtpSettings = {
  host: 'smtp.example.com',
  port: 587,
  secure: false,
  allowUnencrypted: false,
  user: 'sam@example.com',
  password: 'hunter2',
  sender: null,
};

let peer: SmtpPeer | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

const mail = { from: 'a@example.com', to: 'b@example.com', subject: 'Hi', text: 'Hi' };

describe('mail goes out over TLS or STARTTLS, except to this machine or when turned off on purpose', () => {
  it('requires STARTTLS from a server elsewhere, unless unencrypted mail is allowed', () => {
    expect(transportOptions(REMOTE)).toMatchObject({ secure: false, requireTLS: true });
    expect(transportOptions({ ...REMOTE, secure: true, port: 465 })).toMatchObject({
      secure: true,
    });
    expect(transportOptions({ ...REMOTE, allowUnencrypted: true }).requireTLS).toBe(false);
  });

  it.each(['127.0.0.1', '127.0.0.53', 'localhost', '::1', '[::1]'])(
    'lets mail to %s go out without TLS: it never leaves the machine',
    (host) => {
      expect(transportOptions({ ...REMOTE, host }).requireTLS).toBe(false);
    },
  );

  it('sends nothing, not even the password, to a server that offers no STARTTLS, and says what to do', async () => {
    peer = await startSmtpPeer();
    // The peer listens on 127.0.0.1 only: the options are those for a server elsewhere.
    const options = { ...transportOptions({ ...REMOTE, port: peer.port }), host: '127.0.0.1' };
    const error = await createTransport(options)
      .sendMail(mail)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    expect(peer.received).toEqual([]);
    expect(sendErrorInWords(error, { ...REMOTE, port: peer.port }).message).toBe(
      `the SMTP server smtp.example.com:${peer.port} offers no STARTTLS, so nothing was sent in clear text; use its TLS port (--smtp-secure, port 465), or allow unencrypted mail on purpose (--smtp-allow-unencrypted)`,
    );
  });

  it('sends to the same server once unencrypted mail is allowed', async () => {
    peer = await startSmtpPeer();
    const settings = { ...REMOTE, port: peer.port, allowUnencrypted: true, user: null };
    await createTransport({ ...transportOptions(settings), host: '127.0.0.1' }).sendMail(mail);
    expect(peer.received).toHaveLength(1);
  });
});
