// A real SMTP server on loopback (smtp-server), keeping what it receives; it
// can be told to refuse the next messages, as a busy or broken server does.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { SmtpSettings } from '../../app/digest/settings.js';

export interface ReceivedMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly raw: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The decoded text/plain and text/html parts. */
  readonly text: string;
  readonly html: string;
}

export interface SmtpPeer {
  readonly port: number;
  readonly received: ReceivedMail[];
  /** The user names and passwords senders logged in with (AUTH), in order. */
  readonly logins: { readonly user: string; readonly password: string }[];
  /** Answer the next `n` messages with this SMTP error (e.g. 451, a temporary failure). */
  refuseNext(n: number, code?: number, message?: string): void;
  /** Settings for the use cases to send through it. */
  settings(): SmtpSettings;
  /** Resolves when `count` messages have arrived (or rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<void>;
  close(): Promise<void>;
}

function decode(body: string, encoding: string | undefined): string {
  if (encoding === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function headersOf(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
  }
  return headers;
}

/** The text and HTML parts of a multipart/alternative message. */
export function partsOf(raw: string): {
  headers: Record<string, string>;
  text: string;
  html: string;
} {
  const split = raw.indexOf('\r\n\r\n');
  const headers = headersOf(raw.slice(0, split));
  const boundary = /boundary="?([^";]+)"?/.exec(headers['content-type'] ?? '')?.[1];
  const parts = { headers, text: '', html: '' };
  if (!boundary) return parts;
  for (const part of raw.slice(split + 4).split(`--${boundary}`)) {
    const cut = part.indexOf('\r\n\r\n');
    if (cut < 0) continue;
    const h = headersOf(part.slice(0, cut));
    const body = decode(part.slice(cut + 4).trimEnd(), h['content-transfer-encoding']);
    if (h['content-type']?.startsWith('text/plain')) parts.text = body;
    if (h['content-type']?.startsWith('text/html')) parts.html = body;
  }
  return parts;
}

export async function startSmtpPeer(): Promise<SmtpPeer> {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  let refusal = { code: 451, message: 'Requested action aborted: local error in processing' };
  const waiters: (() => void)[] = [];
  const logins: { user: string; password: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Loopback only: a login in clear text is what the tests look at.
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push({ user: auth.username ?? '', password: auth.password ?? '' });
      callback(null, { user: 'test' });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals -= 1;
          callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const mailFrom = session.envelope.mailFrom;
        received.push({
          from: mailFrom ? mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...partsOf(raw),
        });
        for (const wake of waiters.splice(0)) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    logins,
    refuseNext(n, code = 451, message = 'Requested action aborted: local error in processing') {
      refusals = n;
      refusal = { code, message };
    },
    settings: () => ({
      host: '127.0.0.1',
      port,
      secure: false,
      allowUnencrypted: false,
      user: null,
      password: null,
      sender: 'JustEnough <digest@justenough.test>',
    }),
    async waitFor(count, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} e-mails, got ${received.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
