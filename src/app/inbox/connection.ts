import { Temporal } from '../../core/dates.js';
import type { MailboxConnectionRecord } from '../../store/queries/inbox.js';
import type { Queries } from '../../store/queries.js';
import { dayOf } from '../account.js';
import type { AppContext } from '../context.js';
import { attempt, fail, type Result, refuse } from '../result.js';
import { isoDate, optionalLine, quote } from '../validate.js';
import type { InboxDeps } from './deps.js';
import { parseImapUrl } from './imap-url.js';
import { MailboxError, type MailboxLogin } from './mailbox.js';

/** The first sync reads this many days back unless told otherwise. */
export const DEFAULT_SINCE_DAYS = 60;

export interface ConnectInput {
  readonly imapUrl: string;
  /** Given on stdin (stored sealed); absent: $JUSTENOUGH_IMAP_PASSWORD at each sync. */
  readonly password?: string | null | undefined;
  readonly sentFolder?: string | null | undefined;
  readonly since?: string | null | undefined;
}

export interface InboxStatus {
  readonly connected: boolean;
  readonly imapUrl: string | null;
  readonly sentFolder: string | null;
  readonly since: string | null;
  /** Where the password comes from: stored (sealed) or the environment. */
  readonly password: 'stored' | 'environment' | null;
  readonly lastSyncAt: string | null;
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
  readonly counts: {
    readonly logged: number;
    readonly proposed: number;
    readonly waiting: number;
    readonly sent: number;
  };
  readonly folders: { role: string; path: string; uidValidity: string; lastUid: number }[];
}

/** The login of a stored connection: its password opened, or taken from the environment. */
export function loginOf(c: MailboxConnectionRecord, deps: InboxDeps): MailboxLogin {
  const address = parseImapUrl(c.imap_url);
  const password = c.password_sealed
    ? deps.secrets.open(c.password_sealed)
    : deps.environmentPassword;
  if (!password) {
    throw new MailboxError(
      'login',
      'no password: connect again with --password-stdin, or set $JUSTENOUGH_IMAP_PASSWORD',
    );
  }
  return {
    host: address.host,
    port: address.port,
    secure: address.secure,
    requireTls: !address.secure && !address.loopback,
    user: address.user,
    password,
  };
}

/** `inbox connect`: checks the login and the Sent folder, then stores the connection (the password sealed). */
export async function connectInbox(
  ctx: AppContext,
  deps: InboxDeps,
  input: ConnectInput,
): Promise<Result<InboxStatus>> {
  const checked = await attempt(async () => {
    const address = parseImapUrl(input.imapUrl);
    const today = (await ctx.store.read((q) => dayOf(q, ctx))).today;
    const since = input.since
      ? isoDate('since', input.since)
      : today.subtract({ days: DEFAULT_SINCE_DAYS });
    if (Temporal.PlainDate.compare(since, today) > 0) {
      refuse(
        'invalid-input',
        `since: ${since.toString()} is after today (${today.toString()}); give a past date`,
        'since',
      );
    }
    const sentFolder = optionalLine('sent-folder', input.sentFolder);
    const given = input.password?.replace(/\r?\n$/, '') || null;
    const password = given ?? deps.environmentPassword;
    if (!password) {
      refuse(
        'invalid-input',
        'password-stdin: no password given; pipe it to --password-stdin, or set $JUSTENOUGH_IMAP_PASSWORD',
        'password-stdin',
      );
    }
    return { address, since, sentFolder, given, password };
  });
  if (!checked.ok) return checked;
  const { address, since, sentFolder, given, password } = checked.value;
  let sent: string | null;
  try {
    const session = await deps.open({
      host: address.host,
      port: address.port,
      secure: address.secure,
      requireTls: !address.secure && !address.loopback,
      user: address.user,
      password,
    });
    try {
      if (sentFolder) {
        if (!(await session.examine(sentFolder)))
          return fail(
            'invalid-input',
            `sent-folder: the mailbox has no folder ${quote(sentFolder)}`,
            'sent-folder',
          );
        sent = sentFolder;
      } else sent = await session.sentFolder();
      if (!(await session.examine('INBOX')))
        return fail('mailbox-unavailable', 'the mailbox has no INBOX');
    } finally {
      await session.close();
    }
  } catch (error) {
    if (error instanceof MailboxError) return fail('mailbox-unavailable', error.message);
    throw error;
  }
  const sealed = given ? deps.secrets.seal(given) : null;
  await ctx.store.transaction((q) =>
    q.saveMailboxConnection(ctx.accountId, {
      imap_url: address.url,
      password_sealed: sealed,
      sent_folder: sent,
      since: since.toString(),
    }),
  );
  return { ok: true, value: await inboxStatus(ctx) };
}

async function statusIn(q: Queries, accountId: number): Promise<InboxStatus> {
  const c = await q.mailboxConnection(accountId);
  const counts = await q.handledCounts(accountId);
  const waiting = (await q.proposals(accountId, 'open')).length;
  return {
    connected: c !== undefined,
    imapUrl: c?.imap_url ?? null,
    sentFolder: c?.sent_folder ?? null,
    since: c?.since ?? null,
    password: c ? (c.password_sealed ? 'stored' : 'environment') : null,
    lastSyncAt: c?.last_sync_at ?? null,
    lastError: c?.last_error ?? null,
    lastErrorAt: c?.last_error_at ?? null,
    counts: {
      logged: counts.logged ?? 0,
      proposed: counts.proposed ?? 0,
      waiting,
      sent: counts.sent ?? 0,
    },
    folders: c ? await q.folderStates(accountId) : [],
  };
}

/** `inbox status`: connected?, the last sync, counts, the last error. */
export function inboxStatus(ctx: AppContext): Promise<InboxStatus> {
  return ctx.store.read((q) => statusIn(q, ctx.accountId));
}

/** `inbox off`: forgets the connection and its password; what was logged stays, and stays handled. */
export async function inboxOff(ctx: AppContext): Promise<Result<InboxStatus>> {
  const removed = await ctx.store.transaction((q) => q.deleteMailboxConnection(ctx.accountId));
  if (!removed) return fail('not-connected', 'no mailbox is connected');
  return { ok: true, value: await inboxStatus(ctx) };
}
