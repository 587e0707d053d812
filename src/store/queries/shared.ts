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
