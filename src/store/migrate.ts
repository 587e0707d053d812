import { type Kysely, Migrator } from 'kysely';
import type { Dialect } from './dialect.js';
import { StoreError } from './errors.js';
import { migrationProvider, migrations } from './migrations/index.js';
import type { Database } from './schema.js';

/** The names of every migration of this version, in order. */
export const migrationNames = (dialect: Dialect): string[] =>
  Object.keys(migrations(dialect)).sort();

/**
 * Runs the migrations not yet run. The caller holds the lock that keeps two
 * processes from migrating at once. Migrations of branches developed side by
 * side may arrive out of order, so order is not enforced.
 */
export async function migrate(
  db: Kysely<Database>,
  dialect: Dialect,
  schema?: string,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    allowUnorderedMigrations: true,
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError(`database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}
