import type { Selectable } from 'kysely';
import type {
  InboxProposalsTable,
  MailboxConnectionsTable,
  MailboxFoldersTable,
} from '../schema.js';
import { type Db, newIds, stamp, type Touch } from './shared.js';

export type MailboxConnectionRecord = Omit<
  Selectable<MailboxConnectionsTable>,
  'account_id' | 'created_at' | 'updated_at'
>;

export interface FolderStateRecord {
  readonly role: string;
  readonly path: string;
  readonly uidValidity: string;
  readonly lastUid: number;
}

export type ProposalRecord = Omit<Selectable<InboxProposalsTable>, 'account_id'>;
export type NewProposal = Omit<ProposalRecord, 'id' | 'created_at' | 'decided_at' | 'event_id'>;

/** A handled message, as the timeline and the thread matching read it. */
export interface HandledRecord {
  readonly messageKey: string;
  readonly messageId: string | null;
  readonly outcome: 'logged' | 'proposed' | 'sent';
  readonly opportunityId: number | null;
  readonly eventId: number | null;
  readonly subject: string | null;
}

/** An opportunity with its primary contact's address, for matching senders. */
export interface MailDirectoryRecord {
  readonly opportunityId: number;
  readonly closed: boolean;
  readonly contactName: string | null;
  readonly email: string | null;
  readonly companyId: number | null;
  readonly companyName: string | null;
}

function folderRecord(row: Selectable<MailboxFoldersTable>): FolderStateRecord {
  return {
    role: row.role,
    path: row.path,
    uidValidity: row.uid_validity,
    lastUid: Number(row.last_uid),
  };
}

/** The mailbox connection, the folders' sync state, handled messages and proposals. */
export function inboxQueries(db: Db, touch: Touch) {
  return {
    async mailboxConnection(accountId: number): Promise<MailboxConnectionRecord | undefined> {
      return db
        .selectFrom('mailbox_connections')
        .select([
          'imap_url',
          'password_sealed',
          'sent_folder',
          'since',
          'last_sync_at',
          'last_error',
          'last_error_at',
        ])
        .where('account_id', '=', accountId)
        .executeTakeFirst();
    },

    /** Connects (or reconnects) the account's mailbox; the folders' state starts over. */
    async saveMailboxConnection(
      accountId: number,
      c: Pick<MailboxConnectionRecord, 'imap_url' | 'password_sealed' | 'sent_folder' | 'since'>,
    ): Promise<void> {
      const now = stamp();
      const values = { ...c, last_sync_at: null, last_error: null, last_error_at: null };
      await db.deleteFrom('mailbox_folders').where('account_id', '=', accountId).execute();
      await db
        .insertInto('mailbox_connections')
        .values({ account_id: accountId, ...values, created_at: now, updated_at: now })
        .onConflict((oc) => oc.column('account_id').doUpdateSet({ ...values, updated_at: now }))
        .execute();
    },

    async deleteMailboxConnection(accountId: number): Promise<boolean> {
      await db.deleteFrom('mailbox_folders').where('account_id', '=', accountId).execute();
      const r = await db
        .deleteFrom('mailbox_connections')
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    /** Records how a sync ended: its time, or its error (null when it went well). */
    async recordSync(accountId: number, at: string, error: string | null): Promise<void> {
      await db
        .updateTable('mailbox_connections')
        .set(
          error === null
            ? { last_sync_at: at, last_error: null, last_error_at: null, updated_at: at }
            : { last_error: error, last_error_at: at, updated_at: at },
        )
        .where('account_id', '=', accountId)
        .execute();
    },

    /** Every account with a mailbox connected, for the server's sync loop. */
    async mailboxAccounts(): Promise<number[]> {
      const rows = await db
        .selectFrom('mailbox_connections')
        .select('account_id')
        .orderBy('account_id')
        .execute();
      return rows.map((r) => r.account_id);
    },

    async folderStates(accountId: number): Promise<FolderStateRecord[]> {
      const rows = await db
        .selectFrom('mailbox_folders')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('role')
        .execute();
      return rows.map(folderRecord);
    },

    async saveFolderState(accountId: number, f: FolderStateRecord): Promise<void> {
      const values = {
        path: f.path,
        uid_validity: f.uidValidity,
        last_uid: f.lastUid,
        updated_at: stamp(),
      };
      await db
        .insertInto('mailbox_folders')
        .values({ account_id: accountId, role: f.role, ...values })
        .onConflict((oc) => oc.columns(['account_id', 'role']).doUpdateSet(values))
        .execute();
    },

    async handledKeys(accountId: number, keys: readonly string[]): Promise<Set<string>> {
      if (keys.length === 0) return new Set();
      const rows = await db
        .selectFrom('inbox_messages')
        .select('message_key')
        .where('account_id', '=', accountId)
        .where('message_key', 'in', [...keys])
        .execute();
      return new Set(rows.map((r) => r.message_key));
    },

    async insertHandled(accountId: number, h: HandledRecord): Promise<void> {
      await db
        .insertInto('inbox_messages')
        .values({
          account_id: accountId,
          message_key: h.messageKey,
          message_id: h.messageId,
          outcome: h.outcome,
          opportunity_id: h.opportunityId,
          event_id: h.eventId,
          subject: h.subject,
          handled_at: stamp(),
        })
        .onConflict((oc) => oc.columns(['account_id', 'message_key']).doNothing())
        .execute();
    },

    /** The opportunity of the first of these Message-IDs that a handled message linked to one. */
    async threadOpportunity(accountId: number, ids: readonly string[]): Promise<number | null> {
      if (ids.length === 0) return null;
      const row = await db
        .selectFrom('inbox_messages')
        .select('opportunity_id')
        .where('account_id', '=', accountId)
        .where('message_id', 'in', [...ids])
        .where('opportunity_id', 'is not', null)
        .orderBy('handled_at', 'desc')
        .executeTakeFirst();
      return row?.opportunity_id ?? null;
    },

    /** The Message-ID of the latest message handled for an opportunity (for threading a reply). */
    async lastMessageId(accountId: number, opportunityId: number): Promise<string | null> {
      const row = await db
        .selectFrom('inbox_messages')
        .select('message_id')
        .where('account_id', '=', accountId)
        .where('opportunity_id', '=', opportunityId)
        .where('message_id', 'is not', null)
        .orderBy('handled_at', 'desc')
        .executeTakeFirst();
      return row?.message_id ?? null;
    },

    /**
     * The inbox origin of events, by event id: the subject of the message they
     * came from, and whether it was one the user sent (logged by a rule, or a
     * proposal accepted).
     */
    async inboxOrigins(
      accountId: number,
      eventIds: readonly number[],
    ): Promise<Map<number, { subject: string; sent: boolean }>> {
      const origins = new Map<number, { subject: string; sent: boolean }>();
      if (eventIds.length === 0) return origins;
      const handled = await db
        .selectFrom('inbox_messages')
        .select(['event_id', 'subject', 'outcome'])
        .where('account_id', '=', accountId)
        .where('event_id', 'in', [...eventIds])
        .execute();
      for (const r of handled)
        origins.set(r.event_id as number, { subject: r.subject ?? '', sent: r.outcome === 'sent' });
      const accepted = await db
        .selectFrom('inbox_proposals')
        .select(['event_id', 'subject'])
        .where('account_id', '=', accountId)
        .where('event_id', 'in', [...eventIds])
        .execute();
      for (const r of accepted)
        if (!origins.has(r.event_id as number))
          origins.set(r.event_id as number, { subject: r.subject ?? '', sent: false });
      return origins;
    },

    async handledCounts(accountId: number): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('inbox_messages')
        .select(['outcome', db.fn.countAll<number>().as('n')])
        .where('account_id', '=', accountId)
        .groupBy('outcome')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.outcome, Number(r.n)]));
    },

    async mailDirectory(accountId: number): Promise<MailDirectoryRecord[]> {
      const rows = await db
        .selectFrom('opportunities as o')
        .leftJoin('contacts as c', (j) =>
          j.onRef('c.account_id', '=', 'o.account_id').onRef('c.id', '=', 'o.contact_id'),
        )
        .leftJoin('companies as co', (j) =>
          j.onRef('co.account_id', '=', 'o.account_id').onRef('co.id', '=', 'o.company_id'),
        )
        .select([
          'o.id as opportunityId',
          'o.closed',
          'c.name as contactName',
          'c.email',
          'o.company_id as companyId',
          'co.name as companyName',
        ])
        .where('o.account_id', '=', accountId)
        .orderBy('o.id')
        .execute();
      return rows.map((r) => ({ ...r, closed: Boolean(r.closed) }));
    },

    async insertProposal(accountId: number, p: NewProposal): Promise<number> {
      touch(accountId);
      const id = await newIds(db, accountId, 'inbox_proposals');
      await db
        .insertInto('inbox_proposals')
        .values({ id, account_id: accountId, ...p, created_at: stamp() })
        .execute();
      return id;
    },

    async proposals(accountId: number, status?: string): Promise<ProposalRecord[]> {
      let query = db.selectFrom('inbox_proposals').selectAll().where('account_id', '=', accountId);
      if (status !== undefined) query = query.where('status', '=', status);
      const rows = await query.orderBy('date').orderBy('id').execute();
      return rows.map(({ account_id: _, ...p }) => p);
    },

    async proposal(accountId: number, id: number): Promise<ProposalRecord | undefined> {
      const row = await db
        .selectFrom('inbox_proposals')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const { account_id: _, ...p } = row;
      return p;
    },

    async decideProposal(
      accountId: number,
      id: number,
      status: 'accepted' | 'dismissed',
      eventId: number | null,
    ): Promise<void> {
      touch(accountId);
      await db
        .updateTable('inbox_proposals')
        .set({ status, event_id: eventId, decided_at: stamp() })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },
  };
}
