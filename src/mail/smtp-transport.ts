// How nodemailer reaches the SMTP server: TLS, or STARTTLS required, except to this machine.
import type { SmtpSettings } from '../app/digest/settings.js';

// Short enough that a send never outlives its claim (15 minutes), long enough for a slow server.
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(?:\.\d{1,3}){3})$/i;

/** Whether a host is this machine: mail to it never crosses a network. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host.trim());
}

/**
 * Whether the mail must be encrypted: always, unless TLS is turned off on
 * purpose (`allowUnencrypted`) or the server is this machine.
 */
export function encryptionRequired(smtp: SmtpSettings): boolean {
  return !smtp.allowUnencrypted && !isLoopbackHost(smtp.host);
}

/** nodemailer's SMTP options: TLS from the start, or STARTTLS that the server must offer. */
export function transportOptions(smtp: SmtpSettings) {
  return {
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    // Without TLS from the start: the upgrade is required, so a missing STARTTLS fails the send
    // instead of sending the password and the job search in clear text.
    requireTLS: !smtp.secure && encryptionRequired(smtp),
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    ...TIMEOUTS,
  };
}

/** nodemailer's error in words: a server without STARTTLS says how to go on. */
export function sendErrorInWords(error: unknown, smtp: SmtpSettings): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/STARTTLS/i.test(message) && encryptionRequired(smtp)) {
    return new Error(
      `the SMTP server ${smtp.host}:${smtp.port} offers no STARTTLS, so nothing was sent in clear text; use its TLS port (--smtp-secure, port 465), or allow unencrypted mail on purpose (--smtp-allow-unencrypted)`,
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(message);
}
