// Query keys and hooks: every change invalidates what it can have changed, so
// the lists update at once after an outcome is logged.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type EventInput, type Logged } from './api.js';

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

export interface LogVariables extends EventInput {
  readonly opportunityId: string;
  readonly type: string;
}

/** Logs an event; the opportunity's cached view is replaced by the answer at once. */
export function useLogEvent() {
  const client = useQueryClient();
  return useMutation<Logged, Error, LogVariables>({
    mutationFn: ({ opportunityId, ...input }) => api.logEvent(opportunityId, input),
    onSuccess: async (logged) => {
      client.setQueryData(keys.opportunity(logged.opportunity.id), logged.opportunity);
      await refreshAll(client);
    },
  });
}

/** Removes an event (the undo of an outcome). */
export function useDeleteEvent() {
  const client = useQueryClient();
  return useMutation<Logged, Error, string>({
    mutationFn: (id) => api.deleteEvent(id),
    onSuccess: async (logged) => {
      client.setQueryData(keys.opportunity(logged.opportunity.id), logged.opportunity);
      await refreshAll(client);
    },
  });
}
