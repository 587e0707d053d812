import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../dialect.js';
import { initial } from './0001-initial.js';
import { accountRevision } from './0002-account-revision.js';
import { reminders } from './0002-reminders.js';

/** Every migration, in order, for one dialect. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': initial(dialect),
    '0002-account-revision': accountRevision,
    '0002-reminders': reminders(dialect),
  };
  return { getMigrations: async () => migrations };
}
