import { useLeapMutation, useLeapQuery } from '../../lib/query'

/** A person's growth goals, active first; null to wait. */
export const useGoals = (memberId: string | null) =>
  useLeapQuery('goals.list', memberId ? { memberId } : null)

export const useCreateGoal = () => useLeapMutation('goals.create')
export const useUpdateGoal = () => useLeapMutation('goals.update')
export const useDeleteGoal = () => useLeapMutation('goals.delete')
