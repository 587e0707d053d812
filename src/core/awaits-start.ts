import type { Schedule } from './plan.js';

/**
 * Whether an opportunity waits for its start: nothing was logged that starts the method
 * (no application, no attempt, no contact, no interview, no callback), so nothing is due and
 * it is neither held nor closed. Today shows these as "apply, then log it". The next-due cache
 * keeps the same four facts, so the store finds them through its columns.
 * @example awaitsStart(schedule([], settings)) // true
 * @example awaitsStart(schedule([{ type: 'applied', date }], settings)) // false
 */
export function awaitsStart(s: Schedule): boolean {
  return !s.closed && !s.interviewing && s.heldOn === null && s.steps.length === 0;
}
