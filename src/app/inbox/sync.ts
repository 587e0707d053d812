import { compareDates, Temporal } from '../../core/dates.js';
import { type Directory, directoryOf, type MessageFacts } from '../../core/inbox/match.js';
import { returnDate } from '../../core/inbox/return-date.js';
import type { MailboxConnectionRecord } from '../../store/queries/inbox.js';
import { dayOf } from '../account.js';
import type { AppContext } from '../context.js';
import { fail, type Result } from '../result.js';
import { loginOf } from './connection.js';
import type { InboxDeps } from './deps.js';
import { type BatchItem, handleBatch, type LoggedItem, type ProposedItem } from './handle-batch.js';
import { MailboxError, type MailboxSession, type MessageHead } from './mailbox.js';
import { messageKey, threadIds } from './message-key.js';

export type { LoggedItem, ProposedItem };

/** What one sync did: `inbox sync --json` prints it. */
export interface SyncReport {
  readonly logged: LoggedItem[];
  readonly proposed: ProposedItem[];
  /** Messages read that no rule took (or already handled). */
  skipped: number;
}

/** Messages fetched and written per step: a step is one transaction, so a broken connection loses nothing. */
export const BATCH = 200;

type Role = 'sent' | 'inbox';

async function facts(
  session: MailboxSession,
  head: MessageHead,
  role: Role,
  relevant: boolean,
  received: Temporal.PlainDate,
): Promise<MessageFacts> {
  // Parts are read only for a sender that matters, and only when a rule needs them (I4, I5).
  const text =
    relevant && role === 'inbox' && head.autoReply && head.text
      ? await session.text(head.uid, head.text)
      : null;
  const invitation =
    relevant && role === 'inbox' && head.calendar
      ? await session.invitation(head.uid, head.calendar)
      : null;
  return {
    folder: role,
    from: head.from,
    to: head.to,
    cc: head.cc,
    subject: head.subject,
    autoReply: head.autoReply,
    returnDate: text ? returnDate(text, received) : null,
    invitation,
  };
}

// Whether any rule can take the message: only then are its parts read and decided on.
function relevantTo(dir: Directory, head: MessageHead, role: Role, thread: number | null): boolean {
  if (role === 'sent') return [...head.to, ...head.cc].some((a) => dir.byAddress.has(a.address));
  if (thread !== null) return true;
  if (!head.from) return false;
  const domain = head.from.address.split('@')[1] ?? '';
  return dir.byAddress.has(head.from.address) || dir.byDomain.has(domain);
}

async function syncFolder(
  ctx: AppContext,
  session: MailboxSession,
  c: MailboxConnectionRecord,
  role: Role,
  path: string,
  report: SyncReport,
): Promise<void> {
  const info = await session.examine(path);
  if (!info)
    throw new MailboxError(
      'missing-folder',
      `the folder ${JSON.stringify(path)} is gone from the mailbox`,
    );
  const { state, dir, zone, today } = await ctx.store.read(async (q) => {
    const states = await q.folderStates(ctx.accountId);
    const d = await dayOf(q, ctx);
    return {
      state: states.find((s) => s.role === role),
      dir: directoryOf(await q.mailDirectory(ctx.accountId)),
      zone: d.settings.timeZone,
      today: d.today,
    };
  });
  // A new UIDVALIDITY (or another folder) numbers everything anew: read from --since again; the keys keep it once.
  const fresh = !state || state.uidValidity !== info.uidValidity || state.path !== path;
  const uids = await session.uids(state && !fresh ? state.lastUid : 0, fresh ? c.since : null);
  if (fresh && uids.length === 0) {
    await ctx.store.transaction((q) =>
      q.saveFolderState(ctx.accountId, { role, path, uidValidity: info.uidValidity, lastUid: 0 }),
    );
  }
  for (let i = 0; i < uids.length; i += BATCH) {
    const heads = await session.heads(uids.slice(i, i + BATCH));
    const keys = heads.map((h) => messageKey(h, path, info.uidValidity));
    const { handled, threads } = await ctx.store.read(async (q) => {
      const t = new Map<number, number | null>();
      for (const h of heads) {
        const ids = threadIds(h);
        t.set(h.uid, ids.length > 0 ? await q.threadOpportunity(ctx.accountId, ids) : null);
      }
      return { handled: await q.handledKeys(ctx.accountId, keys), threads: t };
    });
    const items: BatchItem[] = [];
    for (const [n, head] of heads.entries()) {
      const key = keys[n] ?? '';
      const thread = threads.get(head.uid) ?? null;
      if (handled.has(key)) continue;
      const instant = Temporal.Instant.from(head.date);
      let date = instant.toZonedDateTimeISO(zone).toPlainDate();
      if (compareDates(date, today) > 0) date = today;
      const relevant = relevantTo(dir, head, role, thread);
      items.push({
        head,
        key,
        thread,
        date,
        facts: relevant ? await facts(session, head, role, true, date) : null,
      });
    }
    const lastUid = Math.max(...uids.slice(i, i + BATCH));
    const done = await ctx.store.transaction((q) =>
      handleBatch(
        q,
        ctx,
        { dir, zone, items },
        { role, path, uidValidity: info.uidValidity, lastUid },
      ),
    );
    report.logged.push(...done.logged);
    report.proposed.push(...done.proposed);
    report.skipped += heads.length - done.taken;
  }
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}

/** `inbox sync`: reads what arrived since the last sync (Sent first, for threads), logs and proposes. */
export async function syncInbox(ctx: AppContext, deps: InboxDeps): Promise<Result<SyncReport>> {
  const c = await ctx.store.read((q) => q.mailboxConnection(ctx.accountId));
  if (!c)
    return fail(
      'not-connected',
      'no mailbox is connected: connect one first',
      undefined,
      'justenough inbox connect',
    );
  const report: SyncReport = { logged: [], proposed: [], skipped: 0 };
  const at = () => new Date().toISOString();
  let session: MailboxSession | undefined;
  try {
    session = await deps.open(loginOf(c, deps));
    const folders: [Role, string][] = [
      ...(c.sent_folder ? [['sent', c.sent_folder] as [Role, string]] : []),
      ['inbox', 'INBOX'],
    ];
    const missing: string[] = [];
    for (const [role, path] of folders) {
      try {
        await syncFolder(ctx, session, c, role, path, report);
      } catch (error) {
        // A vanished folder does not stop the others; the status says which is gone.
        if (!(error instanceof MailboxError && error.kind === 'missing-folder')) throw error;
        missing.push(error.message);
      }
    }
    if (missing.length > 0) throw new MailboxError('missing-folder', missing.join('; '));
  } catch (error) {
    if (
      !(error instanceof MailboxError) &&
      !(error instanceof Error && error.name === 'UsageError')
    )
      throw error;
    const message = errorText(error);
    await ctx.store.transaction((q) => q.recordSync(ctx.accountId, at(), message));
    return fail('mailbox-unavailable', `the mailbox could not be read: ${message}`);
  } finally {
    await session?.close().catch(() => undefined);
  }
  await ctx.store.transaction((q) => q.recordSync(ctx.accountId, at(), null));
  return { ok: true, value: report };
}
