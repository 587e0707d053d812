import type { PlainDate } from '../dates.js';
import { eventKind, sortTimeline, type TimelineEvent } from '../events.js';

import type { Outcome } from '../names.js';

export { OUTCOMES, type Outcome } from '../names.js';

/**
 * The decision that closed a timeline: the first one in timeline order (later ones change
 * nothing, R13), with its date; null while open.
 * @example closingOf([applied('2026-11-23'), offer('2026-12-01')]) // { outcome: 'offer', on: 2026-12-01 }
 */
export function closingOf(
  timeline: readonly TimelineEvent[],
): { readonly outcome: Outcome; readonly on: PlainDate } | null {
  const decision = sortTimeline(timeline).find((e) => eventKind(e.type) === 'decision');
  return decision ? { outcome: decision.type as Outcome, on: decision.date } : null;
}
