// A change based on an old version of an opportunity is refused with 412. The
// refusal is remembered in the query cache, so the page says "reload" whichever
// part of it made the change.
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api.js';
import { keys } from '../queries.js';

/** An `onError` that marks the opportunity stale when the server said 412. */
export function markStaleOn(client: QueryClient, opportunityId: string) {
  return (error: unknown): void => {
    if (error instanceof ApiError && error.stale)
      client.setQueryData(keys.stale(opportunityId), true);
  };
}

export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.stale;
}

/** Whether a change to the opportunity was refused as stale, and the way out: reload it. */
export function useStale(opportunityId: string): { stale: boolean; reload: () => Promise<void> } {
  const client = useQueryClient();
  const flag = useQuery({
    queryKey: keys.stale(opportunityId),
    queryFn: () => false,
    initialData: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return {
    stale: flag.data,
    reload: async () => {
      client.setQueryData(keys.stale(opportunityId), false);
      await client.refetchQueries({ queryKey: keys.opportunity(opportunityId) });
    },
  };
}
