import type { Store } from '../../store/store.js';
import type { Clock } from '../context.js';
import { stats } from '../progress/stats.js';
import { progressSummary } from './progress-summary.js';

/** A coach's group in one set of numbers: the sums of every client's, no one client's details. */
export interface GroupNumbers {
  readonly clients: number;
  readonly thisWeek: { done: number; onTime: number };
  readonly overdue: number;
  readonly pipeline: { active: number; interviewing: number; holding: number; closed: number };
  readonly funnel: { started: number; answered: number; interviewed: number; offers: number };
  readonly steps: { onTime: number; early: number; late: number; missed: number };
}

function add<T extends Record<string, number>>(into: T, more: T): void {
  for (const key of Object.keys(into) as (keyof T)[]) {
    (into[key] as number) += more[key] as number;
  }
}

/**
 * The sums of the numbers of every client who shares with the coach today
 * (`progress` or `full`: the numbers are in both); each client's access log
 * notes the read.
 */
export async function groupNumbers(
  store: Store,
  coachId: number,
  clock: Clock,
): Promise<GroupNumbers> {
  const settings = await store.read((q) => q.settings(coachId));
  const today = clock(settings.timeZone).toPlainDate().toString();
  const grants = await store.read((q) => q.grantsTo(coachId, today));
  const sum: GroupNumbers = {
    clients: grants.length,
    thisWeek: { done: 0, onTime: 0 },
    overdue: 0,
    pipeline: { active: 0, interviewing: 0, holding: 0, closed: 0 },
    funnel: { started: 0, answered: 0, interviewed: 0, offers: 0 },
    steps: { onTime: 0, early: 0, late: 0, missed: 0 },
  };
  let overdue = 0;
  for (const g of grants) {
    const summary = await store.read((q) => progressSummary(q, g.accountId, clock));
    add(sum.thisWeek, summary.thisWeek);
    add(sum.pipeline, summary.pipeline);
    overdue += summary.overdue;
    const numbers = await stats({ store, accountId: g.accountId, clock });
    if (numbers.ok) {
      add(sum.funnel, numbers.value.funnel);
      add(sum.steps, numbers.value.steps);
    }
  }
  if (grants.length > 0) {
    await store.transaction(async (q) => {
      for (const g of grants) await q.logAccess(g.accountId, coachId, 'group numbers');
    });
  }
  return { ...sum, overdue };
}
