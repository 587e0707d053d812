// Logging, correcting and removing events. The answer carries the opportunity as
// it now stands: its cached view is replaced at once, then the lists refresh.
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type EventInput, type Logged } from '../api.js';
import { keys, refreshAll } from '../queries.js';
import { markStaleOn } from './stale.js';

async function adopt(client: QueryClient, logged: Logged): Promise<void> {
  client.setQueryData(keys.opportunity(logged.opportunity.id), logged.opportunity);
  await refreshAll(client);
}

export interface LogVariables extends EventInput {
  readonly opportunityId: string;
  readonly type: string;
}

/** Logs an event on an opportunity. */
export function useLogEvent() {
  const client = useQueryClient();
  return useMutation<Logged, Error, LogVariables>({
    mutationFn: ({ opportunityId, ...input }) => api.logEvent(opportunityId, input),
    onSuccess: (logged) => adopt(client, logged),
  });
}

/** Corrects an event, based on the version of the opportunity the user saw. */
export function useEditEvent(opportunityId: string) {
  const client = useQueryClient();
  return useMutation<Logged, Error, { eventId: string; input: EventInput; version: number }>({
    mutationFn: ({ eventId, input, version }) => api.editEvent(eventId, input, version),
    onSuccess: (logged) => adopt(client, logged),
    onError: markStaleOn(client, opportunityId),
  });
}

/** Removes an event: a correction, or the undo of an outcome. */
export function useDeleteEvent() {
  const client = useQueryClient();
  return useMutation<Logged, Error, string>({
    mutationFn: (id) => api.deleteEvent(id),
    onSuccess: (logged) => adopt(client, logged),
  });
}
