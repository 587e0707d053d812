import type { Dialect } from './dialect.js';
import { accountQueries } from './queries/accounts.js';
import { bulkQueries } from './queries/bulk.js';
import { cacheQueries } from './queries/caches.js';
import { contactPageQueries } from './queries/contact-pages.js';
import { contactQueries } from './queries/contacts.js';
import { eventQueries } from './queries/events.js';
import { importQueries } from './queries/imports.js';
import { inboxQueries } from './queries/inbox.js';
import { invitationQueries } from './queries/invitations.js';
import { nextStepQueries } from './queries/next-steps.js';
import { opportunityQueries } from './queries/opportunities.js';
import { pageQueries } from './queries/pages.js';
import { passkeyQueries } from './queries/passkeys.js';
import { peopleQueries } from './queries/people.js';
import { postingQueries } from './queries/postings.js';
import { progressQueries } from './queries/progress.js';
import { pushQueries } from './queries/push.js';
import { reminderQueries } from './queries/reminders.js';
import type { Db, Touch } from './queries/shared.js';
import { sharingQueries } from './queries/sharing.js';
import { signInQueries } from './queries/sign-in.js';

const ignore: Touch = () => {};

/**
 * Every query of the product, on a connection or inside a transaction. Writes
 * report the accounts they change to `touch`.
 */
export function queries(db: Db, dialect: Dialect, touch: Touch = ignore) {
  return {
    ...accountQueries(db, dialect, touch),
    ...bulkQueries(db, touch),
    ...cacheQueries(db, touch),
    ...contactQueries(db, touch),
    ...opportunityQueries(db, touch),
    ...eventQueries(db, touch),
    ...nextStepQueries(db, touch),
    ...reminderQueries(db),
    ...importQueries(db, touch),
    ...inboxQueries(db, touch),
    ...peopleQueries(db),
    ...signInQueries(db),
    ...invitationQueries(db),
    ...passkeyQueries(db),
    ...sharingQueries(db),
    ...progressQueries(db),
    ...pageQueries(db),
    ...contactPageQueries(db),
    ...postingQueries(db, touch),
    ...pushQueries(db),
  };
}

/** The queries of a connection or transaction. */
export type Queries = ReturnType<typeof queries>;

/**
 * Runs `work` on the queries of a transaction, then bumps, once, the revision
 * of every account it wrote to (see `revision`).
 */
export async function writeThrough<T>(
  trx: Db,
  dialect: Dialect,
  work: (q: Queries) => Promise<T>,
): Promise<T> {
  const touched = new Set<number>();
  const q = queries(trx, dialect, (accountId) => touched.add(accountId));
  const result = await work(q);
  await q.bumpRevisions([...touched]);
  return result;
}
