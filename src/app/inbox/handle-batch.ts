import type { PlainDate } from '../../core/dates.js';
import {
  type Decision,
  type Directory,
  decide,
  type MessageFacts,
} from '../../core/inbox/match.js';
import type { Queries } from '../../store/queries.js';
import type { AppContext } from '../context.js';
import { logEventIn } from '../events.js';
import { Refusal } from '../result.js';
import type { MessageHead } from './mailbox.js';
import { shortSubject } from './message-key.js';

// Ids are strings, as everywhere in the JSON of the command line and the API.
export interface LoggedItem {
  readonly opportunityId: string;
  readonly eventId: string;
  readonly type: string;
  readonly date: string;
  readonly messageId: string | null;
}

export interface ProposedItem {
  readonly id: string;
  readonly opportunityId: string;
  readonly type: string;
  readonly date: string;
  readonly reason: string;
}

export interface BatchItem {
  readonly head: MessageHead;
  readonly key: string;
  readonly thread: number | null;
  /** The message's date in the user's zone (never after today). */
  readonly date: PlainDate;
  /** Null: no rule can take it (a stranger's message). */
  readonly facts: MessageFacts | null;
}

export interface FolderMark {
  readonly role: string;
  readonly path: string;
  readonly uidValidity: string;
  readonly lastUid: number;
}

const sender = (h: MessageHead): string | null =>
  h.from ? (h.from.name ? `${h.from.name} <${h.from.address}>` : h.from.address) : null;

/** What a timeline says of an event that came from the inbox (I6). */
export function inboxNote(h: MessageHead, role: string): string {
  const subject = shortSubject(h.subject) || '(no subject)';
  return role === 'sent'
    ? `From the inbox (sent): "${subject}"`
    : `From the inbox: "${subject}" from ${sender(h) ?? 'unknown sender'}`;
}

function proposalFields(d: Decision & { kind: 'propose' }, item: BatchItem, zone: string) {
  const f = item.facts;
  let date = item.date.toString();
  let at: string | null = null;
  let until: string | null = null;
  let summary: string | null = null;
  if (d.type === 'callback' && f?.returnDate) until = f.returnDate.toString();
  if (d.type === 'interview' && f?.invitation) {
    const start = f.invitation.start;
    summary = f.invitation.summary;
    if (start.kind === 'day') date = start.date.toString();
    else {
      const local =
        start.kind === 'local'
          ? start.dateTime
          : start.instant.toZonedDateTimeISO(zone).toPlainDateTime();
      date = local.toPlainDate().toString();
      at = local.toString({ smallestUnit: 'minute' });
    }
  }
  return { date, at, until, summary };
}

/**
 * Handles one batch of messages in the caller's transaction: logs what the
 * rules log (through `log`'s own use case), stores proposals, marks each
 * message handled, and moves the folder's mark past the batch.
 */
export async function handleBatch(
  q: Queries,
  ctx: AppContext,
  batch: { readonly dir: Directory; readonly zone: string; readonly items: readonly BatchItem[] },
  mark: FolderMark,
): Promise<{ logged: LoggedItem[]; proposed: ProposedItem[]; taken: number }> {
  const logged: LoggedItem[] = [];
  const proposed: ProposedItem[] = [];
  // Looked at again under the account's lock: another server may have handled them meanwhile.
  const seen = await q.handledKeys(
    ctx.accountId,
    batch.items.map((i) => i.key),
  );
  let taken = 0;
  for (const item of batch.items) {
    if (!item.facts || seen.has(item.key)) continue;
    const decisions = decide(item.facts, batch.dir, item.thread);
    if (decisions.length === 0) continue;
    seen.add(item.key);
    const { head } = item;
    let eventId: number | null = null;
    for (const d of decisions) {
      if (d.kind === 'log') {
        try {
          const done = await logEventIn(q, ctx, {
            opportunity: String(d.opportunityId),
            type: d.type,
            on: item.date.toString(),
            note: inboxNote(head, mark.role),
          });
          eventId ??= Number(done.event.id);
          logged.push({
            opportunityId: String(d.opportunityId),
            eventId: done.event.id,
            type: d.type,
            date: done.event.date,
            messageId: head.messageId,
          });
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
        }
        continue;
      }
      const fields = proposalFields(d, item, batch.zone);
      const id = await q.insertProposal(ctx.accountId, {
        opportunity_id: d.opportunityId,
        type: d.type,
        ...fields,
        reason: d.reason,
        sender: sender(head),
        subject: shortSubject(head.subject),
        message_key: item.key,
        message_id: head.messageId,
        status: 'open',
      });
      proposed.push({
        id: String(id),
        opportunityId: String(d.opportunityId),
        type: d.type,
        date: fields.date,
        reason: d.reason,
      });
    }
    const first = decisions[0];
    await q.insertHandled(ctx.accountId, {
      messageKey: item.key,
      messageId: head.messageId,
      outcome: eventId !== null ? (mark.role === 'sent' ? 'sent' : 'logged') : 'proposed',
      opportunityId: first ? first.opportunityId : null,
      eventId,
      subject: shortSubject(head.subject),
    });
    taken += 1;
  }
  await q.saveFolderState(ctx.accountId, mark);
  return { logged, proposed, taken };
}
