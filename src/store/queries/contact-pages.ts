import { sql } from 'kysely';
import type { ContactDetails, ContactRecord } from '../records.js';
import type { PageWindow } from './pages.js';
import { type Db, likePattern } from './shared.js';

/** A contact of a list page: what the list shows, and its sort key for the next page's cursor. */
export interface ContactRowOfList
  extends ContactRecord,
    Pick<ContactDetails, 'linkedinUrl' | 'position' | 'connectedOn' | 'notes'> {
  /** `lower(name)`, as the database folds it: the list's order, then the id. */
  readonly nameKey: string;
}

/** An opportunity in the holding file, with what its list shows. */
export interface HeldRowOfList {
  readonly id: number;
  readonly kind: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly contact: string | null;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
  readonly heldOn: string;
  readonly followUps: number;
}

const NAME_KEY = sql<string>`lower(c.name)`;

/** The contacts and holding file lists, a page at a time (keyset). */
export function contactPageQueries(db: Db) {
  function contactsOf(accountId: number, search: string | undefined) {
    let query = db
      .selectFrom('contacts as c')
      .leftJoin('companies as co', (j) =>
        j.onRef('co.account_id', '=', 'c.account_id').onRef('co.id', '=', 'c.company_id'),
      )
      .where('c.account_id', '=', accountId);
    for (const word of (search ?? '').split(/\s+/).filter(Boolean)) {
      const like = likePattern(word);
      query = query.where((eb) =>
        eb.or([
          eb(sql`lower(c.name)`, 'like', sql`${like} escape '\\'`),
          eb(sql`lower(coalesce(c.email, ''))`, 'like', sql`${like} escape '\\'`),
          eb(sql`lower(coalesce(co.name, ''))`, 'like', sql`${like} escape '\\'`),
          eb(sql`lower(coalesce(c.position, ''))`, 'like', sql`${like} escape '\\'`),
        ]),
      );
    }
    return query;
  }

  function heldOf(accountId: number, today: string) {
    return db
      .selectFrom('opportunities as o')
      .where('o.account_id', '=', accountId)
      .where('o.closed', '=', 0)
      .where('o.held_on', '<=', today);
  }

  return {
    /** Contacts by name (case-folded), then id, after the contact `after` names. */
    async contactPage(
      accountId: number,
      search: string | undefined,
      window: PageWindow<{ readonly nameKey: string; readonly id: number }>,
    ): Promise<ContactRowOfList[]> {
      let query = contactsOf(accountId, search).select([
        'c.id',
        'c.name',
        'c.email',
        'c.phone',
        'c.role',
        'c.company_id as companyId',
        'co.name as company',
        'c.linkedin_url as linkedinUrl',
        'c.position',
        'c.connected_on as connectedOn',
        'c.notes',
        NAME_KEY.as('nameKey'),
      ]);
      const after = window.after;
      if (after !== undefined) {
        query = query.where((eb) =>
          eb.or([
            eb(NAME_KEY, '>', after.nameKey),
            eb.and([eb(NAME_KEY, '=', after.nameKey), eb('c.id', '>', after.id)]),
          ]),
        );
      }
      if (window.limit !== undefined) query = query.limit(window.limit);
      return query.orderBy(NAME_KEY).orderBy('c.id').execute();
    },

    async contactCount(accountId: number, search: string | undefined): Promise<number> {
      const row = await contactsOf(accountId, search)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The holding file on `today`, latest hold first, then by id (newest first). */
    async heldPage(
      accountId: number,
      today: string,
      window: PageWindow<{ readonly heldOn: string; readonly id: number }>,
    ): Promise<HeldRowOfList[]> {
      let query = heldOf(accountId, today)
        .leftJoin('companies as co', (j) =>
          j.onRef('co.account_id', '=', 'o.account_id').onRef('co.id', '=', 'o.company_id'),
        )
        .leftJoin('contacts as c', (j) =>
          j.onRef('c.account_id', '=', 'o.account_id').onRef('c.id', '=', 'o.contact_id'),
        )
        .select([
          'o.id',
          'o.kind',
          'co.name as company',
          'o.title',
          'c.name as contact',
          'c.phone as contactPhone',
          'c.email as contactEmail',
          sql<string>`o.held_on`.as('heldOn'),
          'o.follow_ups as followUps',
        ]);
      const after = window.after;
      if (after !== undefined) {
        query = query.where((eb) =>
          eb.or([
            eb('o.held_on', '<', after.heldOn),
            eb.and([eb('o.held_on', '=', after.heldOn), eb('o.id', '<', after.id)]),
          ]),
        );
      }
      if (window.limit !== undefined) query = query.limit(window.limit);
      return query.orderBy('o.held_on', 'desc').orderBy('o.id', 'desc').execute();
    },

    async heldCount(accountId: number, today: string): Promise<number> {
      const row = await heldOf(accountId, today)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
