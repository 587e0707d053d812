import { type Selectable, sql } from 'kysely';
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

/** The account and its settings. */
export function accountQueries(db: Db, touch: Touch) {
  return {
    /** The single local account, created on first use. */
    async ensureAccount(name: string, defaultsOf: () => SettingsRecord): Promise<number> {
      const found = await db
        .selectFrom('accounts')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirst();
      if (found) return found.id;
      const { id } = await db
        .insertInto('accounts')
        .values({ name, created_at: stamp() })
        .returning('id')
        .executeTakeFirstOrThrow();
      const defaults = defaultsOf();
      await db
        .insertInto('settings')
        .values({
          account_id: id,
          time_zone: defaults.timeZone,
          region: defaults.region,
          weekend_days: JSON.stringify(defaults.weekendDays),
          days_off: JSON.stringify(defaults.daysOff),
          user_name: defaults.name,
          user_phone: defaults.phone,
          user_email: defaults.email,
          playbook: JSON.stringify(defaults.playbook),
          updated_at: stamp(),
        })
        .execute();
      return id;
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
