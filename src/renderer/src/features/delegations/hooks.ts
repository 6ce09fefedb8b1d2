import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/ipc/contract'
import { call } from '../../lib/api'

export const delegationKeys = {
  all: ['delegations'] as const,
  list: (memberId?: string) => ['delegations', 'list', memberId ?? 'everyone'] as const,
  one: (id: string) => ['delegations', 'one', id] as const,
  ladder: (memberId: string) => ['delegations', 'ladder', memberId] as const,
  interventions: (memberId?: string) => ['delegations', 'interventions', memberId ?? 'everyone'] as const
}

export function useDelegations(memberId?: string) {
  return useQuery({
    queryKey: delegationKeys.list(memberId),
    queryFn: () => call('delegations.list', memberId ? { memberId } : {})
  })
}

export function useDelegation(id: string) {
  return useQuery({ queryKey: delegationKeys.one(id), queryFn: () => call('delegations.get', { id }) })
}

export function useLadder(memberId: string) {
  return useQuery({
    queryKey: delegationKeys.ladder(memberId),
    queryFn: () => call('delegations.ladder', { memberId })
  })
}

export function useInterventions(memberId?: string) {
  return useQuery({
    queryKey: delegationKeys.interventions(memberId),
    queryFn: () => call('delegations.interventions', memberId ? { memberId } : {})
  })
}

type DelegationWrite =
  | 'delegations.create'
  | 'delegations.update'
  | 'delegations.changeLevel'
  | 'delegations.close'
  | 'delegations.delete'
  | 'delegations.restore'
  | 'checkins.create'

/** Any write refreshes every delegation query: lists, pages, ladders and logs all derive from the same rows. */
function useDelegationMutation<C extends DelegationWrite>(channel: C) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSettled: () => client.invalidateQueries({ queryKey: delegationKeys.all })
  })
}

export const useCreateDelegation = () => useDelegationMutation('delegations.create')
export const useUpdateDelegation = () => useDelegationMutation('delegations.update')
export const useChangeLevel = () => useDelegationMutation('delegations.changeLevel')
export const useCloseDelegation = () => useDelegationMutation('delegations.close')
export const useDeleteDelegation = () => useDelegationMutation('delegations.delete')
export const useRestoreDelegation = () => useDelegationMutation('delegations.restore')
export const useCreateCheckin = () => useDelegationMutation('checkins.create')
