// How a closed opportunity closed, in words, and the order the Closed column groups them in.
import type { OpportunitySummary } from './api.js';

export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

const ORDER = ['offer', 'rejected', 'withdrawn'];

/** "Closed: Offer", or the status alone while open (or closed without a decision event). */
export function closedLabel(o: Pick<OpportunitySummary, 'status' | 'outcome'>): string | null {
  return o.status === 'closed' && o.outcome ? `Closed: ${OUTCOME_LABELS[o.outcome]}` : null;
}

/** Closed opportunities grouped by how they closed: offers, then refusals, then withdrawals. */
export function byOutcome(
  items: readonly OpportunitySummary[],
): { readonly label: string; readonly items: OpportunitySummary[] }[] {
  const groups = new Map<string, OpportunitySummary[]>();
  for (const item of items) {
    const key = item.outcome ?? 'other';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...ORDER, 'other']
    .filter((key) => groups.has(key))
    .map((key) => ({ label: OUTCOME_LABELS[key] ?? 'Closed', items: groups.get(key) ?? [] }));
}
