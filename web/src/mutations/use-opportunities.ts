// Adding, editing and deleting opportunities.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type NewOpportunity, type OpportunityPatch, type OpportunityView } from '../api.js';
import { keys, refreshAll } from '../queries.js';
import { markStaleOn } from './stale.js';

export function useAddOpportunity() {
  const client = useQueryClient();
  return useMutation<OpportunityView, Error, NewOpportunity>({
    mutationFn: (input) => api.addOpportunity(input),
    onSuccess: async (o) => {
      client.setQueryData(keys.opportunity(o.id), o);
      await refreshAll(client);
    },
  });
}

/** Edits the details or the notes, based on the version the user began from. */
export function useEditOpportunity(id: string) {
  const client = useQueryClient();
  return useMutation<OpportunityView, Error, { version: number; patch: OpportunityPatch }>({
    mutationFn: ({ version, patch }) => api.editOpportunity(id, version, patch),
    onSuccess: async (o) => {
      client.setQueryData(keys.opportunity(o.id), o);
      await refreshAll(client);
    },
    onError: markStaleOn(client, id),
  });
}

export function useDeleteOpportunity(id: string) {
  const client = useQueryClient();
  return useMutation<void, Error, void>({
    mutationFn: () => api.deleteOpportunity(id),
    onSuccess: async () => {
      client.removeQueries({ queryKey: keys.opportunity(id) });
      await refreshAll(client);
    },
  });
}
