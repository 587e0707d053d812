import type { Dialect } from './dialect.js';
import type { Queries } from './queries.js';

export { redactUrl, StoreError } from './errors.js';
export { openSqliteStore } from './sqlite-store.js';

/** The database behind the product: queries, transactions, migrations. */
export interface Store {
  readonly dialect: Dialect;
  /**
   * Runs `work` in one write transaction: all of its writes, or none. On
   * SQLite it holds the write lock from its first statement (BEGIN IMMEDIATE);
   * on PostgreSQL a deadlock or serialization failure runs `work` again, so
   * `work` must do nothing but read and write through `q`.
   */
  transaction<T>(work: (q: Queries) => Promise<T>): Promise<T>;
  /** Runs read-only `work` without a transaction. */
  read<T>(work: (q: Queries) => Promise<T>): Promise<T>;
  /** What the database itself finds wrong with its file (SQLite's integrity and foreign key checks); empty when sound. */
  integrity(): Promise<string[]>;
  /** Refreshes the query planner's statistics, as after loading data in bulk (ANALYZE). */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

/** Where the data lives: a PostgreSQL URL, else the embedded SQLite file. */
export type StoreTarget = { readonly url: string } | { readonly path: string };

/**
 * Opens the store of a target: PostgreSQL's driver is loaded only when asked
 * for. `readOnly` opens the embedded database of a read-only folder for
 * commands that only read.
 */
export async function openStore(
  target: StoreTarget,
  options: { readonly readOnly?: boolean } = {},
): Promise<Store> {
  if ('url' in target) return (await import('./postgres-store.js')).openPostgresStore(target.url);
  return (await import('./sqlite-store.js')).openSqliteStore(target.path, options);
}
