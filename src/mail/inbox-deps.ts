import type { InboxDeps } from '../app/inbox/deps.js';
import { secretBox } from '../secrets/secret-key.js';

/** The inbox's parts for a deployment: IMAP with imapflow, the secret box of its data directory. */
export function inboxDeps(env: NodeJS.ProcessEnv, dataDir: string): InboxDeps {
  return {
    // IMAP's code (imapflow, mailparser) loads with the first mailbox opened, not at every start.
    open: async (login) => (await import('./imap-mailbox.js')).openImapMailbox(login),
    secrets: secretBox(env, dataDir),
    environmentPassword: env.JUSTENOUGH_IMAP_PASSWORD || null,
  };
}
