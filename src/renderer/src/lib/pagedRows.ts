import { useCallback } from 'react'

/** What a keyset-paged React Query list (useInfiniteQuery) offers that a long list needs. */
interface PagedQuery<T> {
  data?: { pages: { items: T[] }[] }
  fetchNextPage: () => Promise<unknown>
  hasNextPage: boolean
  isFetchingNextPage: boolean
}

/**
 * A paged list as a VirtualList takes it: every row loaded so far, and what loads the next page when the last
 * rows come into view (nothing while a page is loading, or when there is no further page).
 */
export function usePagedRows<T>({ data, fetchNextPage, hasNextPage, isFetchingNextPage }: PagedQuery<T>) {
  const loadNext = useCallback(() => void fetchNextPage(), [fetchNextPage])
  return {
    items: data?.pages.flatMap((page) => page.items) ?? [],
    onEndReached: hasNextPage && !isFetchingNextPage ? loadNext : undefined
  }
}
