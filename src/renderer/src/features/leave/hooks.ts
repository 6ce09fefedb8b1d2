import { useLeapMutation, useLeapQuery } from '../../lib/query'

export const useLeave = (memberId: string) => useLeapQuery('leave.list', { memberId })
export const useMarkAway = () => useLeapMutation('leave.markAway')
export const useSkipOneOnOne = () => useLeapMutation('leave.skip')
export const useDeleteAway = () => useLeapMutation('leave.deleteAway')
export const useRestoreAway = () => useLeapMutation('leave.restoreAway')
export const useDeleteSkip = () => useLeapMutation('leave.deleteSkip')
export const useRestoreSkip = () => useLeapMutation('leave.restoreSkip')
