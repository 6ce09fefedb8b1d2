import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient
} from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/ipc/contract'
import type { ReflectionList } from '../../../../shared/domain/reflections'
import { call } from '../../lib/api'

export const journalKeys = {
  reflections: ['reflections'] as const,
  list: (filters: ReflectionList) => ['reflections', 'list', filters] as const,
  one: (id: string) => ['reflections', 'one', id] as const,
  tags: ['tags'] as const,
  actionItems: ['actionItems'] as const,
  prep: (memberId: string) => ['oneOnOne', memberId] as const,
  timeline: (memberId: string) => ['timeline', memberId] as const,
  trash: ['trash'] as const
}

/** Anything written in a reflection can show up in lists, the 1:1 view, timelines, members' last 1:1 and trash. */
export function invalidateJournal(client: QueryClient): Promise<unknown> {
  return Promise.all(
    [
      ['reflections'],
      ['tags'],
      ['actionItems'],
      ['oneOnOne'],
      ['timeline'],
      ['trash'],
      ['members'],
      ['delegations']
    ].map((queryKey) => client.invalidateQueries({ queryKey }))
  )
}

export function useReflection(id: string | null) {
  return useQuery({
    queryKey: journalKeys.one(id ?? ''),
    queryFn: () => call('reflections.get', { id: id! }),
    enabled: id !== null,
    // The editor owns the text once open; a refetch must not replace what the user is typing.
    staleTime: Infinity
  })
}

export function useReflectionPages(filters: ReflectionList) {
  return useInfiniteQuery({
    queryKey: journalKeys.list(filters),
    queryFn: ({ pageParam }) =>
      call('reflections.list', { ...filters, ...(pageParam ? { after: pageParam } : {}) }),
    initialPageParam: null as ReflectionList['after'] | null,
    getNextPageParam: (page) => page.next
  })
}

export function useTimeline(memberId: string) {
  return useInfiniteQuery({
    queryKey: journalKeys.timeline(memberId),
    queryFn: ({ pageParam }) =>
      call('members.timeline', { memberId, ...(pageParam ? { before: pageParam } : {}) }),
    initialPageParam: null as { date: string; id: string } | null,
    getNextPageParam: (page) => page.next
  })
}

export const useTags = () => useQuery({ queryKey: journalKeys.tags, queryFn: () => call('tags.list', {}) })

export const useOneOnOnePrep = (memberId: string, excludeReflectionId: string | null) =>
  useQuery({
    queryKey: [...journalKeys.prep(memberId), excludeReflectionId],
    queryFn: () =>
      call('oneOnOnes.prepare', { memberId, ...(excludeReflectionId ? { excludeReflectionId } : {}) }),
    // Keep showing the panels while they refresh: the editor beside them must never unmount mid-sentence.
    placeholderData: keepPreviousData
  })

/** Action items matching `filter`; pass null to wait (e.g. for a reflection that is not saved yet). */
export const useActionItems = (filter: ChannelInput<'actionItems.list'> | null) =>
  useQuery({
    queryKey: [...journalKeys.actionItems, filter],
    queryFn: () => call('actionItems.list', filter!),
    enabled: filter !== null
  })

export const useTrash = () => useQuery({ queryKey: journalKeys.trash, queryFn: () => call('trash.list', {}) })

type JournalWrite =
  | 'reflections.delete'
  | 'reflections.restore'
  | 'actionItems.create'
  | 'actionItems.update'
  | 'actionItems.delete'
  | 'actionItems.restore'

/** A write that refreshes every journal view afterwards. */
export function useJournalMutation<C extends JournalWrite>(channel: C) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSettled: () => invalidateJournal(client)
  })
}
