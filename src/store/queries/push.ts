import { type Db, stamp } from './shared.js';

/** A device that asked to be reminded. */
export interface PushSubscriptionRecord {
  readonly endpoint: string;
  readonly accountId: number;
  readonly p256dh: string;
  readonly auth: string;
  /** Also a notification when an interview's thank-you is due. */
  readonly thankYous: boolean;
  readonly lastSentOn: string | null;
}

const COLUMNS = [
  'endpoint',
  'account_id as accountId',
  'p256dh',
  'auth',
  'thank_yous as thankYous',
  'last_sent_on as lastSentOn',
] as const;

export function pushQueries(db: Db) {
  return {
    /** Adds a device, or gives an address seen before its new keys, owner and choice. */
    async savePushSubscription(s: Omit<PushSubscriptionRecord, 'lastSentOn'>): Promise<void> {
      const values = {
        account_id: s.accountId,
        p256dh: s.p256dh,
        auth: s.auth,
        thank_yous: s.thankYous ? 1 : 0,
      };
      await db
        .insertInto('push_subscriptions')
        .values({ endpoint: s.endpoint, ...values, created_at: stamp() })
        .onConflict((oc) => oc.column('endpoint').doUpdateSet(values))
        .execute();
    },

    async pushSubscriptions(accountId: number): Promise<PushSubscriptionRecord[]> {
      const rows = await db
        .selectFrom('push_subscriptions')
        .select(COLUMNS)
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({ ...r, thankYous: Number(r.thankYous) === 1 }));
    },

    /** Removes a device of this account; false when it has none at that address. */
    async deletePushSubscription(accountId: number, endpoint: string): Promise<boolean> {
      const result = await db
        .deleteFrom('push_subscriptions')
        .where('account_id', '=', accountId)
        .where('endpoint', '=', endpoint)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** The accounts with a device to remind. */
    async pushAccounts(): Promise<number[]> {
      const rows = await db
        .selectFrom('push_subscriptions')
        .select('account_id')
        .distinct()
        .orderBy('account_id')
        .execute();
      return rows.map((r) => Number(r.account_id));
    },

    /**
     * Claims a device's reminder of `day`: true for the one process that does, false when
     * it was sent (or claimed) already.
     */
    async claimPushDay(endpoint: string, day: string): Promise<boolean> {
      const result = await db
        .updateTable('push_subscriptions')
        .set({ last_sent_on: day })
        .where('endpoint', '=', endpoint)
        .where((eb) => eb.or([eb('last_sent_on', 'is', null), eb('last_sent_on', '<', day)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
