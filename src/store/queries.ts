import { accountQueries } from './queries/accounts.js';
import { contactQueries } from './queries/contacts.js';
import { eventQueries } from './queries/events.js';
import { nextStepQueries } from './queries/next-steps.js';
import { opportunityQueries } from './queries/opportunities.js';
import { reminderQueries } from './queries/reminders.js';
import type { Db, Touch } from './queries/shared.js';

const ignore: Touch = () => {};

/**
 * Every query of the product, on a connection or inside a transaction. Writes
 * report the accounts they change to `touch`.
 */
export function queries(db: Db, touch: Touch = ignore) {
  return {
    ...accountQueries(db, touch),
    ...contactQueries(db, touch),
    ...opportunityQueries(db, touch),
    ...eventQueries(db, touch),
    ...nextStepQueries(db, touch),
    ...reminderQueries(db),
  };
}

/** The queries of a connection or transaction. */
export type Queries = ReturnType<typeof queries>;
