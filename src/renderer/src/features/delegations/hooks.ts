import { useLeapMutation, useLeapQuery } from '../../lib/query'

export const useDelegations = (memberId?: string) =>
  useLeapQuery('delegations.list', memberId ? { memberId } : {})
export const useDelegation = (id: string) => useLeapQuery('delegations.get', { id })
export const useLadder = (memberId: string) => useLeapQuery('delegations.ladder', { memberId })
export const useInterventions = (memberId?: string) =>
  useLeapQuery('delegations.interventions', memberId ? { memberId } : {})

export const useCreateDelegation = () => useLeapMutation('delegations.create')
export const useUpdateDelegation = () => useLeapMutation('delegations.update')
export const useChangeLevel = () => useLeapMutation('delegations.changeLevel')
export const useCloseDelegation = () => useLeapMutation('delegations.close')
export const useDeleteDelegation = () => useLeapMutation('delegations.delete')
export const useRestoreDelegation = () => useLeapMutation('delegations.restore')
export const useCheckIn = () => useLeapMutation('delegations.checkIn')
export const useUpdateCheckin = () => useLeapMutation('delegations.updateCheckin')
export const useDeleteCheckin = () => useLeapMutation('delegations.deleteCheckin')
export const useRestoreCheckin = () => useLeapMutation('delegations.restoreCheckin')
export const useLettingGo = (memberId: string) => useLeapQuery('delegations.lettingGo', { memberId })
export const useAreaLessons = (tags: readonly string[]) =>
  useLeapQuery('delegations.areaLessons', tags.length > 0 ? { tags: [...tags] } : null)
