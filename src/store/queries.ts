import { accountQueries } from './queries/accounts.js';
import { contactQueries } from './queries/contacts.js';
import { eventQueries } from './queries/events.js';
import { importQueries } from './queries/imports.js';
import { nextStepQueries } from './queries/next-steps.js';
import { opportunityQueries } from './queries/opportunities.js';
import type { Db } from './queries/shared.js';

/** Every query of the product, on a connection or inside a transaction. */
export function queries(db: Db) {
  return {
    ...accountQueries(db),
    ...contactQueries(db),
    ...opportunityQueries(db),
    ...eventQueries(db),
    ...nextStepQueries(db),
    ...importQueries(db),
  };
}

/** The queries of a connection or transaction. */
export type Queries = ReturnType<typeof queries>;
