import type { Invitation, MailAddress } from '../../core/inbox/match.js';

/** How to log in to a mailbox. */
export interface MailboxLogin {
  readonly host: string;
  readonly port: number;
  /** TLS from the start (imaps); otherwise STARTTLS, required except on loopback. */
  readonly secure: boolean;
  readonly requireTls: boolean;
  readonly user: string;
  readonly password: string;
}

/** A body part the server described, with what it takes to decode it. */
export interface PartRef {
  readonly part: string;
  readonly type: string;
  readonly charset: string | null;
  readonly encoding: string | null;
  readonly size: number;
}

/** The headers of one message, read without its body. */
export interface MessageHead {
  readonly uid: number;
  readonly messageId: string | null;
  readonly from: MailAddress | null;
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly subject: string;
  /** ISO instant: the Date header, else the server's internal date. */
  readonly date: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  readonly autoReply: boolean;
  /** The first text part, for an out-of-office's return date. */
  readonly text: PartRef | null;
  /** A text/calendar part, for an invitation. */
  readonly calendar: PartRef | null;
}

export interface FolderInfo {
  readonly uidValidity: string;
  readonly uidNext: number;
}

/** One logged-in, read-only session on a mailbox. */
export interface MailboxSession {
  /** The folder flagged \Sent, if any. */
  sentFolder(): Promise<string | null>;
  /** Opens a folder read-only (EXAMINE); null when it does not exist. */
  examine(path: string): Promise<FolderInfo | null>;
  /** UIDs above `afterUid`, arrived on or after `since` (ISO date) when given. */
  uids(afterUid: number, since: string | null): Promise<number[]>;
  heads(uids: readonly number[]): Promise<MessageHead[]>;
  /** The decoded text of a part (at most `maxBytes` of it read). */
  text(uid: number, part: PartRef): Promise<string | null>;
  invitation(uid: number, part: PartRef): Promise<Invitation | null>;
  /** Copies a sent message into a folder (APPEND): the one write the product makes. */
  append(path: string, raw: Buffer): Promise<void>;
  close(): Promise<void>;
}

export type MailboxErrorKind = 'login' | 'unreachable' | 'tls' | 'dropped' | 'missing-folder';

/** Why a mailbox could not be read; the message is safe to show (no password). */
export class MailboxError extends Error {
  override readonly name = 'MailboxError';
  constructor(
    readonly kind: MailboxErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export type OpenMailbox = (login: MailboxLogin) => Promise<MailboxSession>;
