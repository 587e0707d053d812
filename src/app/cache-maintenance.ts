import type { Queries } from '../store/queries.js';
import type { CacheRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { plannedCaches, rebuildCaches } from './cache.js';
import { methodSettingsOf } from './method-settings.js';

/** Called after each account: how many accounts are done, out of how many. */
export type Progress = (done: number, total: number) => void;

export interface RebuildReport {
  readonly accounts: number;
  readonly opportunities: number;
}

/** An opportunity whose stored cache is not what the method makes of its timeline. */
export interface Disagreement {
  readonly accountId: number;
  readonly opportunityId: number;
  /** The parts that differ: closed, interviewing, heldOn, followUps, interviewOn, steps. */
  readonly fields: readonly string[];
  readonly stored: CacheRecord;
  readonly expected: CacheRecord;
}

export interface CheckReport extends RebuildReport {
  /** What the database itself finds wrong with its file (SQLite); empty when sound. */
  readonly integrity: readonly string[];
  readonly disagreements: readonly Disagreement[];
}

// What `schedule(...)` makes of every timeline of an account, with its settings.
async function expectedCaches(q: Queries, accountId: number): Promise<Map<number, CacheRecord>> {
  return plannedCaches(q, accountId, await methodSettingsOf(await q.settings(accountId)));
}

const FIELDS = ['closed', 'interviewing', 'heldOn', 'followUps', 'interviewOn', 'steps'] as const;

function differences(stored: CacheRecord, expected: CacheRecord): string[] {
  return FIELDS.filter((f) => JSON.stringify(stored[f]) !== JSON.stringify(expected[f]));
}

/**
 * Recomputes the next-due cache of every opportunity of every account from
 * its timeline (after a change to the method, or to repair). Each account is
 * one transaction holding the account's lock, so writers of that account
 * wait and nothing they log is missed.
 */
export async function rebuildEveryCache(store: Store, progress?: Progress): Promise<RebuildReport> {
  const accounts = await store.read((q) => q.accountIds());
  let opportunities = 0;
  let done = 0;
  // Two accounts at a time: one is planned here while the database writes the other.
  const next = accounts.values();
  const worker = async (): Promise<void> => {
    for (const accountId of next) {
      const rebuilt = await store.transaction(async (q) => {
        await q.lockAccount(accountId);
        return rebuildCaches(q, accountId, await methodSettingsOf(await q.settings(accountId)));
      });
      // Added after the await: `total += await ...` would read the total before the other worker adds to it.
      opportunities += rebuilt;
      progress?.(++done, accounts.length);
    }
  };
  await Promise.all([worker(), worker()]);
  return { accounts: accounts.length, opportunities };
}

/**
 * Compares the stored next-due cache of every opportunity with what the
 * method makes of its timeline, and asks the database to check its file.
 * Writes nothing; each account is read under its lock, so a write in
 * progress is not mistaken for a disagreement.
 */
export async function checkEveryCache(store: Store, progress?: Progress): Promise<CheckReport> {
  const integrity = await store.integrity();
  const accounts = await store.read((q) => q.accountIds());
  const disagreements: Disagreement[] = [];
  let opportunities = 0;
  for (const [i, accountId] of accounts.entries()) {
    const checked = await store.transaction(async (q) => {
      await q.lockAccount(accountId);
      const expected = await expectedCaches(q, accountId);
      const stored = await q.storedCaches(accountId);
      const found: Disagreement[] = [];
      for (const [opportunityId, wanted] of expected) {
        const cached = stored.get(opportunityId);
        if (!cached) throw new Error(`opportunity ${opportunityId} has no stored cache`);
        const fields = differences(cached, wanted);
        if (fields.length > 0) {
          found.push({ accountId, opportunityId, fields, stored: cached, expected: wanted });
        }
      }
      return { count: expected.size, found };
    });
    opportunities += checked.count;
    disagreements.push(...checked.found);
    progress?.(i + 1, accounts.length);
  }
  return { accounts: accounts.length, opportunities, integrity, disagreements };
}
