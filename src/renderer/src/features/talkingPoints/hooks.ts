import { useLeapMutation, useLeapQuery } from '../../lib/query'

/** A person's open talking points; null to wait. */
export const useTalkingPoints = (memberId: string | null) =>
  useLeapQuery('talkingPoints.list', memberId ? { memberId } : null)

export const useCreateTalkingPoint = () => useLeapMutation('talkingPoints.create')
export const useDiscussTalkingPoint = () => useLeapMutation('talkingPoints.discuss')
