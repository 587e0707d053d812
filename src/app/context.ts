import type { Temporal } from '../core/dates.js';
import type { Store } from '../store/store.js';

/** The moment now, seen in a time zone. */
export type Clock = (timeZone: string) => Temporal.ZonedDateTime;

/** What every use case runs with: the store, the account, the clock. */
export interface AppContext {
  readonly store: Store;
  readonly accountId: number;
  readonly clock: Clock;
}
