import type { InsightBucket } from '../../../../shared/domain/insights'
import { todayLocal } from '../../lib/dates'
import { useLeapQuery } from '../../lib/query'
import { useWeekStartsOn } from '../settings/hooks'

/** Weeks start where Settings says, so the trends wait for the settings to load. */
function useTrendInput(bucket: InsightBucket, memberId?: string) {
  const weekStartsOn = useWeekStartsOn()
  return weekStartsOn === null ? null : { today: todayLocal(), weekStartsOn, bucket, memberId }
}

export const useStanceTrend = (bucket: InsightBucket, memberId?: string) =>
  useLeapQuery('insights.stance', useTrendInput(bucket, memberId))

export const useMoodTrend = (bucket: InsightBucket, memberId?: string) =>
  useLeapQuery('insights.mood', useTrendInput(bucket, memberId))

export const useAuthorityInsights = (memberId?: string) =>
  useLeapQuery('insights.authority', { today: todayLocal(), memberId })

export const useRhythm = (memberId?: string) =>
  useLeapQuery('insights.rhythm', { today: todayLocal(), memberId })

export const useOutcomes = (memberId?: string) => useLeapQuery('insights.outcomes', { memberId })

export const useGoalInsights = (memberId?: string) => useLeapQuery('insights.goals', { memberId })
export const useFeedbackTrend = (bucket: InsightBucket, memberId?: string) =>
  useLeapQuery('insights.feedback', useTrendInput(bucket, memberId))
