import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../dialect.js';
import { initial } from './0001-initial.js';
import { accountRevision } from './0002-account-revision.js';
import { reminders } from './0002-reminders.js';
import { contactLinks } from './0003-contact-links.js';
import { uniqueAccountNames } from './0004-unique-account-names.js';
import { smtpAllowUnencrypted } from './0005-smtp-allow-unencrypted.js';
import { inbox } from './0006-inbox.js';
import { opportunitySource } from './0007-opportunity-source.js';
import { listIndexes } from './0008-list-indexes.js';
import { accountsMigration } from './0010-accounts.js';
import { postingDetails } from './0011-posting-details.js';
import { passkeyChallenges } from './0012-passkey-challenges.js';
import { pushSubscriptions } from './0013-push-subscriptions.js';
import { accountIds } from './0014-account-ids.js';

/** Every migration by name, for one dialect; names sort in the order they run. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initial(dialect),
    '0002-account-revision': accountRevision,
    '0002-reminders': reminders(dialect),
    '0003-contact-links': contactLinks(dialect),
    '0004-unique-account-names': uniqueAccountNames,
    '0005-smtp-allow-unencrypted': smtpAllowUnencrypted,
    '0006-inbox': inbox(dialect),
    '0007-opportunity-source': opportunitySource,
    '0008-list-indexes': listIndexes,
    '0010-accounts': accountsMigration(dialect),
    '0011-posting-details': postingDetails,
    '0012-passkey-challenges': passkeyChallenges,
    '0013-push-subscriptions': pushSubscriptions,
    '0014-account-ids': accountIds(dialect),
  };
}

/** Every migration, in order, for one dialect. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  const all = migrations(dialect);
  return { getMigrations: async () => all };
}
