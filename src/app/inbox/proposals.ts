import { dayInWords } from '../../core/in-words.js';
import type { ProposalRecord } from '../../store/queries/inbox.js';
import type { Queries } from '../../store/queries.js';
import type { AppContext } from '../context.js';
import { logEventIn } from '../events.js';
import { attempt, type Result, refuse } from '../result.js';
import { idNumber, quote } from '../validate.js';
import type { EventView } from '../views.js';

/** A proposal as `inbox review --json` and the API show it. */
export interface ProposalView {
  readonly id: string;
  readonly opportunityId: string;
  readonly type: string;
  readonly date: string;
  /** same-company | thread | out-of-office | invitation */
  readonly reason: string;
  readonly at: string | null;
  readonly until: string | null;
  readonly from: string | null;
  readonly subject: string | null;
  /** The invitation's summary. */
  readonly summary: string | null;
  readonly messageId: string | null;
  readonly status: string;
  readonly eventId: string | null;
  /** One sentence for the user: who, when, what, and what accepting logs. */
  readonly text: string;
  /** The opportunity, as lists name it. */
  readonly opportunity: string;
}

function sentence(p: ProposalRecord, name: string): string {
  const who = p.sender ?? 'someone';
  const subject = p.subject ? ` "${p.subject}"` : '';
  const on = dayInWords(p.date);
  if (p.type === 'callback')
    return `${who} is away (automatic reply${subject} on ${on}): log a callback until ${p.until ? dayInWords(p.until) : '?'} for ${name}?`;
  if (p.type === 'interview')
    return `${who} sent an invitation${p.summary ? ` "${p.summary}"` : subject} for ${p.at ? p.at.replace('T', ' ') : on}: log the interview for ${name}?`;
  const why =
    p.reason === 'same-company' ? ` (same company as ${name})` : ' (in a thread with you)';
  return `${who}${why} wrote on ${on}:${subject}: log it as a reply?`;
}

async function view(q: Queries, accountId: number, p: ProposalRecord): Promise<ProposalView> {
  const o = await q.opportunity(accountId, p.opportunity_id);
  const name = o
    ? [o.contact?.name, o.company ?? o.title].filter(Boolean).join(', ') || `opportunity ${o.id}`
    : `opportunity ${p.opportunity_id}`;
  return {
    id: String(p.id),
    opportunityId: String(p.opportunity_id),
    type: p.type,
    date: p.date,
    reason: p.reason,
    at: p.at,
    until: p.until,
    from: p.sender,
    subject: p.subject,
    summary: p.summary,
    messageId: p.message_id,
    status: p.status,
    eventId: p.event_id === null ? null : String(p.event_id),
    text: sentence(p, name),
    opportunity: name,
  };
}

/** `inbox review`: the proposals waiting for a yes or no, oldest first. */
export function reviewProposals(ctx: AppContext): Promise<ProposalView[]> {
  return ctx.store.read(async (q) => {
    const open = await q.proposals(ctx.accountId, 'open');
    return Promise.all(open.map((p) => view(q, ctx.accountId, p)));
  });
}

async function openProposal(q: Queries, accountId: number, id: string): Promise<ProposalRecord> {
  const n = idNumber(id);
  const p = n === undefined ? undefined : await q.proposal(accountId, n);
  if (!p)
    refuse(
      'unknown-proposal',
      `unknown proposal ${quote(id)}: inbox review lists the waiting ones`,
      'proposal',
    );
  if (p.status !== 'open')
    refuse('invalid-input', `proposal ${p.id} was already ${p.status}`, 'proposal');
  return p;
}

export interface Accepted {
  readonly proposal: ProposalView;
  readonly event: EventView;
  readonly warnings: readonly string[];
}

/** `inbox accept`: logs the proposed event (through `log`'s use case) and closes the proposal. */
export function acceptProposal(ctx: AppContext, id: string): Promise<Result<Accepted>> {
  return attempt(() =>
    ctx.store.transaction(async (q) => {
      const p = await openProposal(q, ctx.accountId, id);
      const subject = p.subject || '(no subject)';
      const done = await logEventIn(q, ctx, {
        opportunity: String(p.opportunity_id),
        type: p.type,
        ...(p.at ? { at: p.at } : { on: p.date }),
        ...(p.until ? { until: p.until } : {}),
        note: `From the inbox: "${subject}"${p.sender ? ` from ${p.sender}` : ''}${p.summary ? ` (${p.summary})` : ''}`,
      });
      await q.decideProposal(ctx.accountId, p.id, 'accepted', Number(done.event.id));
      const decided = await q.proposal(ctx.accountId, p.id);
      if (!decided) throw new Error(`proposal ${p.id} vanished inside its transaction`);
      return {
        proposal: await view(q, ctx.accountId, decided),
        event: done.event,
        warnings: done.warnings,
      };
    }),
  );
}

/** `inbox dismiss`: closes the proposal; nothing is logged, and the message is not proposed again. */
export function dismissProposal(ctx: AppContext, id: string): Promise<Result<ProposalView>> {
  return attempt(() =>
    ctx.store.transaction(async (q) => {
      const p = await openProposal(q, ctx.accountId, id);
      await q.decideProposal(ctx.accountId, p.id, 'dismissed', null);
      const decided = await q.proposal(ctx.accountId, p.id);
      if (!decided) throw new Error(`proposal ${p.id} vanished inside its transaction`);
      return view(q, ctx.accountId, decided);
    }),
  );
}
