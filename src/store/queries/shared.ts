import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';

/** A connection or a transaction: every query runs on either. */
export type Db = Kysely<Database> | Transaction<Database>;

/** The time a row is written, for created_at and updated_at. */
export const stamp = (): string => new Date().toISOString();

/** A LIKE pattern matching `word` anywhere, case-folded, with LIKE's wildcards escaped. */
export function likePattern(word: string): string {
  return `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Notes that a write changed what an account's lists show; the store bumps the
 * account's revision once when the transaction commits.
 */
export type Touch = (accountId: number) => void;

/** `items` in slices of at most `size`, in order. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The tables whose ids are each account's own (migration 0014). */
export type Numbered =
  | 'companies'
  | 'contacts'
  | 'opportunities'
  | 'events'
  | 'inbox_proposals'
  | 'access_tokens';

/**
 * The first of `count` new ids of `table` in the account, the others following
 * it: an account's first id is 1, and an id once given is never given again,
 * even after its row is deleted. The counter's row stays locked until the
 * transaction ends, so two server processes never hand out the same id.
 */
export async function newIds(
  db: Db,
  accountId: number,
  table: Numbered,
  count = 1,
): Promise<number> {
  const { last } = await db
    .insertInto('account_counters')
    .values({ account_id: accountId, name: table, last: count })
    .onConflict((oc) =>
      oc
        .columns(['account_id', 'name'])
        .doUpdateSet((eb) => ({ last: eb('account_counters.last', '+', count) })),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return Number(last) - count + 1;
}
