import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../dialect.js';
import { initial } from './0001-initial.js';
import { contactLinks } from './0003-contact-links.js';

/** Every migration, in order, for one dialect. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': initial(dialect),
    '0003-contact-links': contactLinks(dialect),
  };
  return { getMigrations: async () => migrations };
}
