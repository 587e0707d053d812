// Query keys and the queries pages share. The changes are in mutations/: each
// invalidates what it can have changed, so the lists update at once.
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api } from './api.js';

export const keys = {
  today: ['today'] as const,
  holding: ['holding'] as const,
  opportunities: (search: string, status: string) => ['opportunities', search, status] as const,
  opportunity: (id: string) => ['opportunity', id] as const,
  contacts: (search: string) => ['contacts', search] as const,
  settings: ['settings'] as const,
  holidays: (region: string) => ['holidays', region] as const,
  calendar: ['calendar'] as const,
  digest: ['digest'] as const,
  digestPreview: ['digest-preview'] as const,
  /** Whether a change to this opportunity was refused as based on an old version (412). */
  stale: (id: string) => ['stale', id] as const,
};

/** Everything that depends on events: the lists, the holding file, one opportunity. */
export async function refreshAll(client: QueryClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: keys.today }),
    client.invalidateQueries({ queryKey: keys.holding }),
    client.invalidateQueries({ queryKey: ['opportunities'] }),
    client.invalidateQueries({ queryKey: ['opportunity'] }),
    client.invalidateQueries({ queryKey: ['contacts'] }),
  ]);
}

export function useToday() {
  return useQuery({ queryKey: keys.today, queryFn: api.today });
}

/** The server's today (its clock may be fixed), for relative words such as "in 3 days". */
export function useServerToday(): string | undefined {
  return useToday().data?.date;
}

export function useSettings() {
  return useQuery({ queryKey: keys.settings, queryFn: api.settings });
}

export function useOpportunity(id: string) {
  return useQuery({ queryKey: keys.opportunity(id), queryFn: () => api.opportunity(id) });
}

/** The opportunities matching a search (all of them for ''), keeping the last list while typing. */
export function useOpportunities(search: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.opportunities(search, ''),
    queryFn: () => api.opportunities(search ? { search } : {}),
    placeholderData: (previous) => previous,
    ...options,
  });
}
