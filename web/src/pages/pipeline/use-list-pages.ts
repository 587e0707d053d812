// The Pipeline's board and list, a page at a time from the server (its search and status
// filter are the server's), and how many opportunities each status holds.
import { useQuery } from '@tanstack/react-query';
import { STATUSES } from '../../../../src/core/names.js';
import { api, type Status } from '../../api.js';
import { usePagedList } from '../../paged-queries.js';
import { keys } from '../../queries.js';

/** The opportunities of a search and status ('all': every status), a page at a time. */
export function useOpportunityPages(search: string, status: string, enabled: boolean) {
  const filter = { ...(search ? { search } : {}), ...(status !== 'all' ? { status } : {}) };
  return usePagedList(
    [...keys.opportunities(search, status), 'pages'],
    (page) => api.opportunities({ ...filter, ...page }),
    enabled,
  );
}

/** The board's columns: each status a page at a time. */
export function useColumnPages(search: string, enabled: boolean) {
  const active = useOpportunityPages(search, 'active', enabled);
  const interviewing = useOpportunityPages(search, 'interviewing', enabled);
  const holding = useOpportunityPages(search, 'holding', enabled);
  const closed = useOpportunityPages(search, 'closed', enabled);
  return { active, interviewing, holding, closed } satisfies Record<Status, unknown>;
}

export type ColumnPages = ReturnType<typeof useColumnPages>;

export function useListPages(search: string, status: string, enabled: boolean) {
  const list = useOpportunityPages(search, status, enabled);
  // Each status's total, from a one-row page of it.
  const counts = useQuery({
    queryKey: [...keys.opportunities(search, ''), 'counts'],
    queryFn: async () => {
      const totals = await Promise.all(
        ['all', ...STATUSES].map(async (s) => {
          const page = await api.opportunities({
            ...(search ? { search } : {}),
            ...(s !== 'all' ? { status: s } : {}),
            limit: '1',
          });
          return [s, page.total] as const;
        }),
      );
      return Object.fromEntries(totals) as Record<Status | 'all', number>;
    },
    placeholderData: (previous) => previous,
    enabled,
  });
  return { ...list, counts: counts.data, countsQuery: counts };
}
