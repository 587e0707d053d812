import type { Dialect } from './dialect.js';
import { accountQueries } from './queries/accounts.js';
import { bulkQueries } from './queries/bulk.js';
import { cacheQueries } from './queries/caches.js';
import { contactQueries } from './queries/contacts.js';
import { eventQueries } from './queries/events.js';
import { nextStepQueries } from './queries/next-steps.js';
import { opportunityQueries } from './queries/opportunities.js';
import type { Db } from './queries/shared.js';

/** Every query of the product, on a connection or inside a transaction. */
export function queries(db: Db, dialect: Dialect) {
  return {
    ...accountQueries(db, dialect),
    ...bulkQueries(db),
    ...cacheQueries(db),
    ...contactQueries(db),
    ...opportunityQueries(db),
    ...eventQueries(db),
    ...nextStepQueries(db),
  };
}

/** The queries of a connection or transaction. */
export type Queries = ReturnType<typeof queries>;
