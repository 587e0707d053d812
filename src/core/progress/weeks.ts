import type { PlainDate } from '../dates.js';
import { type Counted, stepCounts } from './summary.js';
import type { StepOutcome } from './words.js';

/** The steps of one week (Monday to Sunday) by outcome. */
export type WeekSteps = { readonly week: string } & Readonly<Record<StepOutcome, number>>;

/**
 * The steps of the last `weeks` weeks, the oldest first, the last one holding `today`.
 * @example stepsByWeek(facts, date('2026-12-02'), 12).at(-1).week // '2026-11-30'
 */
export function stepsByWeek(all: readonly Counted[], today: PlainDate, weeks = 12): WeekSteps[] {
  const monday = today.subtract({ days: today.dayOfWeek - 1 });
  return Array.from({ length: weeks }, (_, i) => {
    const from = monday.subtract({ weeks: weeks - 1 - i });
    return { week: from.toString(), ...stepCounts(all, { from, to: from.add({ days: 6 }) }) };
  });
}
