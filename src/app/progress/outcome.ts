import { closingOf, type Outcome } from '../../core/progress/outcome.js';
import type { EventRecord } from '../../store/records.js';
import { timelineEvent } from '../cache.js';

export type { Outcome };

/** How a stored timeline closed, or null while it is open. */
export function outcomeOf(events: readonly EventRecord[]): Outcome | null {
  const decisions = events.filter((e) => ['offer', 'rejected', 'withdrawn'].includes(e.type));
  return decisions.length === 0 ? null : (closingOf(decisions.map(timelineEvent))?.outcome ?? null);
}

/** How each closed opportunity of a list closed, by id, from its decisions alone. */
export function outcomesById(decisions: readonly EventRecord[]): Map<number, Outcome> {
  const byOpportunity = new Map<number, EventRecord[]>();
  for (const e of decisions) {
    const list = byOpportunity.get(e.opportunityId);
    if (list) list.push(e);
    else byOpportunity.set(e.opportunityId, [e]);
  }
  const outcomes = new Map<number, Outcome>();
  for (const [id, events] of byOpportunity) {
    const outcome = outcomeOf(events);
    if (outcome) outcomes.set(id, outcome);
  }
  return outcomes;
}
