// Lists the server answers a page at a time (GET /api/contacts, /api/opportunities ...):
// the pages asked for so far, as one list. Only the pages that show such a list load this.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';

/** One page of a list, as the API answers it. */
export interface PageOf<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly nextCursor: string | null;
}

/** The rows a page of the web app asks for at once. */
const PAGE_LENGTH = 60;

/** What a page is asked for with: its length, and where it starts (none: the first page). */
export interface PageParams {
  readonly limit: string;
  readonly cursor?: string;
}

export function usePagedList<T>(
  queryKey: readonly unknown[],
  fetchPage: (page: PageParams) => Promise<PageOf<T>>,
  enabled = true,
) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) =>
      fetchPage({ limit: String(PAGE_LENGTH), ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // While a new search loads, the last list stays on screen.
    placeholderData: keepPreviousData,
    enabled,
  });
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const { fetchNextPage } = query;
  const onMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  return {
    query,
    items,
    total: query.data?.pages[0]?.total ?? 0,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    onMore,
  };
}
