import { useLeapMutation, useLeapPages, useLeapQuery } from '../../lib/query'
import { todayLocal } from '../../lib/dates'

export const useMembers = (includeArchived = false) =>
  useLeapQuery('members.list', { includeArchived, today: todayLocal() })
export const useMember = (id: string) => useLeapQuery('members.get', { id })

export const useCreateMember = () => useLeapMutation('members.create')
export const useUpdateMember = () => useLeapMutation('members.update')
export const useArchiveMember = () => useLeapMutation('members.archive')
export const useDeleteMember = () => useLeapMutation('members.delete')
export const useRestoreMember = () => useLeapMutation('members.restore')

/** A person's history, newest first, in pages loaded as the list scrolls. */
export const useTimeline = (memberId: string) =>
  useLeapPages('members.timeline', { memberId }, { cursor: 'before', next: (page) => page.next })
