import { type Selectable, sql } from 'kysely';
import type { Dialect } from '../dialect.js';
import type { SettingsRecord } from '../records.js';
import type { SettingsTable } from '../schema.js';
import { type Db, stamp, type Touch } from './shared.js';

function settingsRecord(row: Selectable<SettingsTable>): SettingsRecord {
  return {
    timeZone: row.time_zone,
    region: row.region,
    weekendDays: JSON.parse(row.weekend_days) as number[],
    daysOff: JSON.parse(row.days_off) as string[],
    name: row.user_name,
    phone: row.user_phone,
    email: row.user_email,
    playbook: JSON.parse(row.playbook) as Record<string, unknown>,
  };
}

/** The settings row a new account starts with. */
export async function insertSettings(db: Db, accountId: number, s: SettingsRecord): Promise<void> {
  await db
    .insertInto('settings')
    .values({
      account_id: accountId,
      time_zone: s.timeZone,
      region: s.region,
      weekend_days: JSON.stringify(s.weekendDays),
      days_off: JSON.stringify(s.daysOff),
      user_name: s.name,
      user_phone: s.phone,
      user_email: s.email,
      playbook: JSON.stringify(s.playbook),
      updated_at: stamp(),
    })
    .execute();
}

/** The account and its settings. */
export function accountQueries(db: Db, dialect: Dialect, touch: Touch) {
  async function findAccount(name: string): Promise<number | undefined> {
    const found = await db
      .selectFrom('accounts')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirst();
    return found?.id;
  }

  return {
    /** The account of that name, if it exists. */
    findAccount,

    /** The account of that name, created with its settings on first use. */
    async ensureAccount(name: string, defaultsOf: () => SettingsRecord): Promise<number> {
      const found = await findAccount(name);
      if (found !== undefined) return found;
      // Another process may create it at the same moment: the unique name lets one win, the other reads it.
      const created = await db
        .insertInto('accounts')
        .values({ name, created_at: stamp() })
        .onConflict((oc) => oc.column('name').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!created) {
        const other = await findAccount(name);
        if (other === undefined) throw new Error(`account ${name} neither created nor found`);
        return other;
      }
      await insertSettings(db, created.id, defaultsOf());
      return created.id;
    },

    /**
     * The account's revision, a number that changes with every write to it, and
     * its time zone: what says whether a list computed earlier is still current.
     */
    async revision(accountId: number): Promise<{ revision: number; timeZone: string }> {
      const row = await db
        .selectFrom('accounts as a')
        .innerJoin('settings as s', 's.account_id', 'a.id')
        .select(['a.revision', 's.time_zone'])
        .where('a.id', '=', accountId)
        .executeTakeFirstOrThrow();
      return { revision: Number(row.revision), timeZone: row.time_zone };
    },

    /** Counts the committed writes of these accounts; see `Touch`. */
    async bumpRevisions(accountIds: readonly number[]): Promise<void> {
      if (accountIds.length === 0) return;
      await db
        .updateTable('accounts')
        .set({ revision: sql`revision + 1` })
        .where('id', 'in', accountIds)
        .execute();
    },

    /** Every account, by id. */
    async accountIds(): Promise<number[]> {
      const rows = await db.selectFrom('accounts').select('id').orderBy('id').execute();
      return rows.map((r) => r.id);
    },

    /**
     * Makes the other writers of this account wait until this transaction
     * ends, so that what it reads (timelines, settings) stays true until it
     * writes the caches. On SQLite the transaction already holds the
     * database's write lock.
     */
    async lockAccount(accountId: number): Promise<void> {
      if (dialect === 'sqlite') return;
      // NO KEY UPDATE: rows inserted meanwhile that refer to the account (KEY SHARE) are not held up.
      await db
        .selectFrom('accounts')
        .select('id')
        .where('id', '=', accountId)
        .forNoKeyUpdate()
        .execute();
    },

    async settings(accountId: number): Promise<SettingsRecord> {
      const row = await db
        .selectFrom('settings')
        .selectAll()
        .where('account_id', '=', accountId)
        .executeTakeFirstOrThrow();
      return settingsRecord(row);
    },

    async saveSettings(accountId: number, s: SettingsRecord): Promise<void> {
      touch(accountId);
      await db
        .updateTable('settings')
        .set({
          time_zone: s.timeZone,
          region: s.region,
          weekend_days: JSON.stringify(s.weekendDays),
          days_off: JSON.stringify(s.daysOff),
          user_name: s.name,
          user_phone: s.phone,
          user_email: s.email,
          playbook: JSON.stringify(s.playbook),
          updated_at: stamp(),
        })
        .where('account_id', '=', accountId)
        .execute();
    },
  };
}
