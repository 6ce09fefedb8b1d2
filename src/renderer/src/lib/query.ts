import {
  QueryClient,
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  type InfiniteData,
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions
} from '@tanstack/react-query'
import dataFlow from 'virtual:data-flow'
import type {
  Channel,
  ChannelInput,
  ChannelOutput,
  QueryChannel,
  WriteChannel
} from '../../../shared/ipc/contract'
import { overlaps } from '../../../shared/ipc/dataSets'
import { call } from './api'
import { forgetFirstReads, takeAnsweredFirstRead } from './firstReads'

export const queryClient = new QueryClient({
  defaultOptions: {
    // Main is local and the only writer, and every write refreshes what it changes (see write()): an answer
    // stays fresh until then.
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false }
  }
})

/** Every query's key starts with its channel, so a write finds the queries that read what it wrote. */
const keyOf = (channel: QueryChannel, input: unknown, paged = false): QueryKey =>
  paged ? [channel, input, 'pages'] : [channel, input]

/**
 * After a write: every query whose declared reads overlap the write's declared writes is refreshed (those on
 * screen at once, the others when next shown). The contract decides; no screen names what to refresh.
 */
export function refreshAfter(channel: WriteChannel): Promise<void> {
  forgetFirstReads()
  const writes = dataFlow[channel].writes ?? []
  return queryClient.invalidateQueries({
    predicate: (query) => overlaps(dataFlow[query.queryKey[0] as Channel]?.reads ?? [], writes)
  })
}

/**
 * A write, then the refresh of what it changed. A refusal refreshes too: it often means the screen was out
 * of date (a row deleted in another window), and nothing was changed, so refreshing costs nothing.
 */
export async function write<C extends WriteChannel>(
  channel: C,
  input: ChannelInput<C>
): Promise<ChannelOutput<C>> {
  try {
    return await call(channel, input)
  } finally {
    await refreshAfter(channel)
  }
}

type QueryOptions<C extends QueryChannel> = Omit<
  UseQueryOptions<ChannelOutput<C>, Error, ChannelOutput<C>, QueryKey>,
  'queryKey' | 'queryFn'
>

/** A query over one channel; pass null as the input to wait (for an id that is not known yet). */
export function useLeapQuery<C extends QueryChannel>(
  channel: C,
  input: ChannelInput<C> | null,
  options: QueryOptions<C> = {}
) {
  return useQuery({
    ...options,
    queryKey: keyOf(channel, input),
    queryFn: () => call(channel, input!),
    // Read when the query is first made: an answer main gave while the window's code was starting.
    initialData: () => (input === null ? undefined : takeAnsweredFirstRead(channel, input)),
    enabled: input !== null && options.enabled !== false
  })
}

interface PagesOptions<C extends QueryChannel, Cursor> {
  /** The input field that carries the cursor of the next page. */
  cursor: string & keyof ChannelInput<C>
  /** The cursor of the page after `page` (all loaded so far in `pages`), or null at the end. */
  next: (page: ChannelOutput<C>, pages: ChannelOutput<C>[]) => Cursor | null
  enabled?: boolean
  /** Keep showing the previous input's pages while a new input loads (typing in a search box). */
  keepPrevious?: boolean
}

/** A paged list over one channel: each page's cursor is sent back in `cursor` for the page after it. */
export function useLeapPages<C extends QueryChannel, Cursor>(
  channel: C,
  input: ChannelInput<C>,
  { cursor, next, enabled = true, keepPrevious = false }: PagesOptions<C, Cursor>
) {
  return useInfiniteQuery<ChannelOutput<C>, Error, InfiniteData<ChannelOutput<C>>, QueryKey, Cursor | null>({
    queryKey: keyOf(channel, input, true),
    queryFn: ({ pageParam }) =>
      call(channel, { ...input, ...(pageParam === null ? {} : { [cursor]: pageParam }) } as ChannelInput<C>),
    initialPageParam: null,
    getNextPageParam: next,
    enabled,
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {})
  })
}

/**
 * A write over one channel, refreshing what it changed (see write()). `toInput` lets a screen pass what it
 * has (a backup's name) rather than the call's input. `options` run even when the screen that asked is gone
 * by then (a recovery's screen gives way to the journal as soon as the journal opens).
 */
export function useLeapMutation<C extends WriteChannel, Value = ChannelInput<C>>(
  channel: C,
  toInput: (value: Value) => ChannelInput<C> = (value) => value as ChannelInput<C>,
  options: Omit<UseMutationOptions<ChannelOutput<C>, Error, Value>, 'mutationFn'> = {}
) {
  return useMutation({ ...options, mutationFn: (value: Value) => write(channel, toInput(value)) })
}
