import type { ChannelInput } from '../../../../shared/ipc/contract'
import { useLeapMutation, useLeapQuery } from '../../lib/query'

/** Action items matching `filter`; pass null to wait (e.g. for a reflection that is not saved yet). */
export const useActionItems = (filter: ChannelInput<'actionItems.list'> | null) =>
  useLeapQuery('actionItems.list', filter)

export const useCreateActionItem = () => useLeapMutation('actionItems.create')
export const useUpdateActionItem = () => useLeapMutation('actionItems.update')
export const useDeleteActionItem = () => useLeapMutation('actionItems.delete')
export const useRestoreActionItem = () => useLeapMutation('actionItems.restore')
