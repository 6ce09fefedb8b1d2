import { todayLocal } from '../../lib/dates'
import { useLeapMutation, useLeapQuery } from '../../lib/query'

/** A person's feedback, the ones to deliver first; null to wait. */
export const useFeedback = (memberId: string | null) =>
  useLeapQuery('feedback.list', memberId ? { memberId } : null)

export const useFeedbackSummary = (memberId: string) =>
  useLeapQuery('feedback.summary', { memberId, today: todayLocal() })

export const useCreateFeedback = () => useLeapMutation('feedback.create')
export const useUpdateFeedback = () => useLeapMutation('feedback.update')
export const useDeliverFeedback = () => useLeapMutation('feedback.deliver')
