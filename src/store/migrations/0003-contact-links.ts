import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

// What imported contacts bring beyond a name, an e-mail and a phone: their
// LinkedIn profile (a duplicate key, like the e-mail), their position, the day
// you connected, and notes (other e-mails and phones of a vCard, its NOTE).
const COLUMNS = ['linkedin_url', 'position', 'connected_on', 'notes'] as const;

/** Contacts: LinkedIn URL, position, connected on, notes. */
export function contactLinks(_dialect: Dialect): Migration {
  // Plain text columns read the same on both dialects; one ALTER per column, as SQLite wants.
  return {
    up: async (db: Kysely<unknown>) => {
      for (const column of COLUMNS) {
        await db.schema.alterTable('contacts').addColumn(column, 'text').execute();
      }
      await db.schema
        .createIndex('contacts_linkedin')
        .on('contacts')
        .columns(['account_id', 'linkedin_url'])
        .execute();
    },
    down: async (db: Kysely<unknown>) => {
      await db.schema.dropIndex('contacts_linkedin').execute();
      for (const column of [...COLUMNS].reverse()) {
        await db.schema.alterTable('contacts').dropColumn(column).execute();
      }
    },
  };
}
