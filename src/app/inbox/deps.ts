import type { SecretBox } from '../secret-box.js';
import type { OpenMailbox } from './mailbox.js';

/** What the inbox use cases run with besides the store: the mail adapter and the secret box. */
export interface InboxDeps {
  readonly open: OpenMailbox;
  readonly secrets: SecretBox;
  /** $JUSTENOUGH_IMAP_PASSWORD, for a mailbox whose password is not stored. */
  readonly environmentPassword: string | null;
}
