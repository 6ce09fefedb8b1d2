import type { ChannelInput } from '../../../../shared/ipc/contract'
import { useLeapMutation, useLeapPages, useLeapQuery } from '../../lib/query'

/** Action items matching `filter`; pass null to wait (e.g. for a reflection that is not saved yet). */
export const useActionItems = (filter: ChannelInput<'actionItems.list'> | null) =>
  useLeapQuery('actionItems.list', filter)

/** Mine or theirs still open, overdue first, in pages loaded as the list scrolls. */
export const useOpenActionItems = (owner: 'me' | 'them') =>
  useLeapPages('actionItems.open', { owner }, { cursor: 'offset', next: (page) => page.next })

/** What was done, the latest first, in pages loaded as the list scrolls. */
export const useDoneActionItems = () =>
  useLeapPages('actionItems.done', {}, { cursor: 'before', next: (page) => page.next })

export const useCreateActionItem = () => useLeapMutation('actionItems.create')
export const useUpdateActionItem = () => useLeapMutation('actionItems.update')
export const useDeleteActionItem = () => useLeapMutation('actionItems.delete')
export const useRestoreActionItem = () => useLeapMutation('actionItems.restore')
