import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/ipc/contract'
import { call } from '../../lib/api'

export const memberKeys = {
  all: ['members'] as const,
  list: (includeArchived: boolean) => ['members', 'list', includeArchived] as const,
  one: (id: string) => ['members', 'one', id] as const
}

export function useMembers(includeArchived = false) {
  return useQuery({
    queryKey: memberKeys.list(includeArchived),
    queryFn: () => call('members.list', { includeArchived })
  })
}

export function useMember(id: string) {
  return useQuery({ queryKey: memberKeys.one(id), queryFn: () => call('members.get', { id }) })
}

/** Every change to a member refreshes every member query: lists are small and local. */
function useMemberMutation<
  C extends 'members.create' | 'members.update' | 'members.archive' | 'members.delete' | 'members.restore'
>(channel: C) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSettled: () => client.invalidateQueries({ queryKey: memberKeys.all })
  })
}

export const useCreateMember = () => useMemberMutation('members.create')
export const useUpdateMember = () => useMemberMutation('members.update')
export const useArchiveMember = () => useMemberMutation('members.archive')
export const useDeleteMember = () => useMemberMutation('members.delete')
export const useRestoreMember = () => useMemberMutation('members.restore')
