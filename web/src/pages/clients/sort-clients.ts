// The Clients table's order: by any column, either way; ties keep the name order.
import type { ClientRow } from '../../account-api.js';

export const COLUMNS = [
  { key: 'name', label: 'Client' },
  { key: 'onTime', label: 'On time' },
  { key: 'overdue', label: 'Overdue' },
  { key: 'active', label: 'Active' },
  { key: 'interviewing', label: 'Interviewing' },
  { key: 'holding', label: 'Holding' },
  { key: 'lastActivity', label: 'Last active' },
  { key: 'nextInterview', label: 'Next interview' },
] as const;

export type SortKey = (typeof COLUMNS)[number]['key'];
export interface Sort {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}

function sortValue(row: ClientRow, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
      return row.name.toLocaleLowerCase();
    case 'onTime':
      return row.thisWeek.done === 0 ? null : row.thisWeek.onTime / row.thisWeek.done;
    case 'overdue':
      return row.overdue;
    case 'active':
    case 'interviewing':
    case 'holding':
      return row.pipeline[key];
    case 'lastActivity':
      return row.lastActivity;
    case 'nextInterview':
      return row.nextInterview?.date ?? null;
  }
}

/** The rows in the order asked; empty values (no steps, no interview) always last. */
export function sortClients(rows: readonly ClientRow[], sort: Sort): ClientRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * sign;
    }
    return a.name.localeCompare(b.name);
  });
}

/** A click on a column: the other way when it is the current one, else its natural way. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  // Names and dates read up; "who needs me" numbers read largest first.
  const up = key === 'name' || key === 'nextInterview';
  return { key, direction: up ? 'ascending' : 'descending' };
}
