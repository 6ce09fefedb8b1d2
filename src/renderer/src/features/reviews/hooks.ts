import { useEffect } from 'react'
import { createFlag } from '../../lib/store'
import { todayLocal } from '../../lib/dates'
import { useLeapMutation, useLeapQuery } from '../../lib/query'
import { navigate } from '../../lib/router'
import { useWeekStartsOn } from '../settings/hooks'

/** Asked for from anywhere (the palette, the Team screen's offer); the review opens once settings are known. */
export const weeklyReview = createFlag()

export function useReviewOffer() {
  const weekStartsOn = useWeekStartsOn()
  return useLeapQuery('reviews.offer', weekStartsOn === null ? null : { today: todayLocal(), weekStartsOn })
}

export const useDismissReview = () => useLeapMutation('reviews.dismiss')

/** Opens the review of the week (writing it first, the first time) in the journal's editor. */
export function useWeeklyReviewStarter(): void {
  const wanted = weeklyReview.use()
  const offer = useReviewOffer()
  const start = useLeapMutation('reviews.start')
  const week = offer.data?.week
  useEffect(() => {
    if (!wanted || !week) return
    weeklyReview.close()
    start.mutate({ week }, { onSuccess: ({ reflectionId }) => navigate(`/journal/${reflectionId}`) })
  }, [wanted, week, start])
}
