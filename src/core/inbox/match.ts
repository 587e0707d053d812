import type { PlainDate, Temporal } from '../dates.js';
import { companyDomain } from './free-mail.js';

export interface MailAddress {
  /** Lower-cased. */
  readonly address: string;
  readonly name: string | null;
}

/** When an invitation starts: a moment, or a whole day. */
export type InvitationStart =
  | { readonly kind: 'moment'; readonly instant: Temporal.Instant }
  | { readonly kind: 'day'; readonly date: PlainDate }
  /** A floating time: read in the user's zone. */
  | { readonly kind: 'local'; readonly dateTime: Temporal.PlainDateTime };

export interface Invitation {
  readonly start: InvitationStart;
  readonly summary: string | null;
}

/** What the rules read of a message: headers, and the parts a rule needed. */
export interface MessageFacts {
  readonly folder: 'inbox' | 'sent';
  readonly from: MailAddress | null;
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly subject: string;
  readonly autoReply: boolean;
  /** The day an out-of-office names, when its text was read and names one. */
  readonly returnDate: PlainDate | null;
  /** A METHOD:REQUEST invitation, when the message carries one. */
  readonly invitation: Invitation | null;
}

/** An opportunity as the matching sees it: its primary contact's address. */
export interface DirectoryEntry {
  readonly opportunityId: number;
  readonly closed: boolean;
  readonly email: string | null;
}

export type ProposalReason = 'same-company' | 'thread' | 'out-of-office' | 'invitation';

export type Decision =
  | { readonly kind: 'log'; readonly type: 'reply' | 'email'; readonly opportunityId: number }
  | {
      readonly kind: 'propose';
      readonly type: 'reply' | 'callback' | 'interview';
      readonly opportunityId: number;
      readonly reason: ProposalReason;
    };

/** Addresses and domains to opportunities, built once per sync. */
export interface Directory {
  readonly byAddress: ReadonlyMap<string, readonly DirectoryEntry[]>;
  readonly byDomain: ReadonlyMap<string, readonly DirectoryEntry[]>;
}

/** Indexes opportunities by their contact's address and its company domain (free-mail domains left out). */
export function directoryOf(entries: readonly DirectoryEntry[]): Directory {
  const byAddress = new Map<string, DirectoryEntry[]>();
  const byDomain = new Map<string, DirectoryEntry[]>();
  for (const e of entries) {
    const address = e.email?.trim().toLowerCase();
    if (!address) continue;
    byAddress.set(address, [...(byAddress.get(address) ?? []), e]);
    const domain = companyDomain(address);
    if (domain) byDomain.set(domain, [...(byDomain.get(domain) ?? []), e]);
  }
  return { byAddress, byDomain };
}

// The thread's opportunity when it is one of them, else the newest open one, else the newest.
function pick(
  entries: readonly DirectoryEntry[] | undefined,
  thread: number | null,
): number | null {
  if (!entries || entries.length === 0) return null;
  const inThread = entries.find((e) => e.opportunityId === thread);
  if (inThread) return inThread.opportunityId;
  const open = entries.filter((e) => !e.closed);
  const from = open.length > 0 ? open : entries;
  return Math.max(...from.map((e) => e.opportunityId));
}

/**
 * What the rules I1-I5 make of one message: events to log at once, proposals
 * to show, or nothing. `thread` is the opportunity its In-Reply-To/References
 * lead to, if any.
 */
export function decide(m: MessageFacts, dir: Directory, thread: number | null): Decision[] {
  if (m.folder === 'sent') {
    const seen = new Set<number>();
    for (const r of [...m.to, ...m.cc]) {
      const id = pick(dir.byAddress.get(r.address), thread);
      if (id !== null) seen.add(id);
    }
    return [...seen].map((opportunityId) => ({ kind: 'log', type: 'email', opportunityId }));
  }
  if (!m.from) return [];
  const contact = pick(dir.byAddress.get(m.from.address), thread);
  const domain = companyDomain(m.from.address);
  const colleague = contact === null && domain ? pick(dir.byDomain.get(domain), thread) : null;
  const id = contact ?? colleague ?? thread;
  if (id === null) return [];
  const out: Decision[] = [];
  if (m.invitation && (contact !== null || colleague !== null)) {
    out.push({ kind: 'propose', type: 'interview', opportunityId: id, reason: 'invitation' });
  }
  if (m.autoReply) {
    if (m.returnDate)
      out.push({ kind: 'propose', type: 'callback', opportunityId: id, reason: 'out-of-office' });
    return out;
  }
  if (contact !== null) out.unshift({ kind: 'log', type: 'reply', opportunityId: contact });
  else if (!m.invitation)
    out.push({
      kind: 'propose',
      type: 'reply',
      opportunityId: id,
      reason: colleague !== null ? 'same-company' : 'thread',
    });
  return out;
}
