import { refuse } from '../result.js';
import { quote } from '../validate.js';

/** A mailbox address, parsed: imap[s]://USER@HOST[:PORT]. */
export interface ImapAddress {
  readonly secure: boolean;
  readonly user: string;
  readonly host: string;
  readonly port: number;
  /** Plain IMAP without TLS is allowed only here. */
  readonly loopback: boolean;
  /** Written back without a password: imaps://jane%40example.com@imap.example.com:993 */
  readonly url: string;
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

/** Reads an IMAP address, refusing one with a password in it or without a user. */
export function parseImapUrl(text: string): ImapAddress {
  let url: URL | null = null;
  try {
    url = new URL(text.trim());
  } catch {}
  const example =
    'expected imaps://you@imap.example.com (or imap://you@127.0.0.1:1143 on this computer)';
  if (!url || (url.protocol !== 'imap:' && url.protocol !== 'imaps:') || !url.hostname) {
    refuse(
      'invalid-input',
      `imap-url: ${quote(text.replace(/:[^@/]*@/, ':***@'))} is not an IMAP address; ${example}`,
      'imap-url',
    );
  }
  if (url.password) {
    refuse(
      'invalid-input',
      'imap-url: leave the password out of the address; give it with --password-stdin or $JUSTENOUGH_IMAP_PASSWORD',
      'imap-url',
    );
  }
  const user = decodeURIComponent(url.username);
  if (!user) refuse('invalid-input', `imap-url: the address names no user; ${example}`, 'imap-url');
  if (url.pathname && url.pathname !== '/') {
    refuse(
      'invalid-input',
      `imap-url: no folder in the address (${quote(url.pathname)}); use --sent-folder for the Sent folder`,
      'imap-url',
    );
  }
  const secure = url.protocol === 'imaps:';
  const port = url.port ? Number(url.port) : secure ? 993 : 143;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const loopback = LOOPBACK.test(host);
  const hostPart = host.includes(':') ? `[${host}]` : host;
  return {
    secure,
    user,
    host,
    port,
    loopback,
    url: `${url.protocol}//${encodeURIComponent(user)}@${hostPart}:${port}`,
  };
}
