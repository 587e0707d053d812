// Waits for new mail in INBOX with IMAP IDLE (read-only: EXAMINE, then IDLE),
// so that `serve` syncs as soon as a message arrives.
import { ImapFlow } from 'imapflow';
import type { MailboxLogin } from '../app/inbox/mailbox.js';

export interface Watch {
  /** Resolves when the connection ends (dropped, or stopped). */
  readonly ended: Promise<void>;
  stop(): Promise<void>;
}

/** Watches INBOX; null when the server has no IDLE (then the timer alone syncs). */
export async function watchInbox(login: MailboxLogin, onNew: () => void): Promise<Watch | null> {
  const client = new ImapFlow({
    host: login.host,
    port: login.port,
    secure: login.secure,
    doSTARTTLS: login.secure ? undefined : login.requireTls ? true : undefined,
    auth: { user: login.user, pass: login.password },
    logger: false,
    maxIdleTime: 5 * 60_000,
  });
  client.on('error', () => {});
  const ended = new Promise<void>((resolve) => client.once('close', () => resolve()));
  await client.connect();
  if (!client.capabilities.has('IDLE')) {
    await client.logout().catch(() => client.close());
    return null;
  }
  await client.mailboxOpen('INBOX', { readOnly: true });
  client.on('exists', () => onNew());
  return {
    ended,
    stop: async () => {
      await client.logout().catch(() => client.close());
    },
  };
}
