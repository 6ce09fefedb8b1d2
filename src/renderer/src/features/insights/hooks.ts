import { useQuery } from '@tanstack/react-query'
import type { InsightBucket } from '../../../../shared/domain/insights'
import { call } from '../../lib/api'
import { todayLocal } from '../../lib/dates'

type LocaleWeek = Intl.Locale & {
  getWeekInfo?: () => { firstDay: number }
  weekInfo?: { firstDay: number }
}

/**
 * The first day of the user's week, 0 (Sunday) to 6 (Saturday): from the locale's week info where the
 * engine has it (Intl counts 1 Monday ... 7 Sunday), else Monday, the ISO week.
 */
export function localeWeekStart(language = navigator.language): number {
  try {
    const locale = new Intl.Locale(language) as LocaleWeek
    const info = locale.getWeekInfo?.() ?? locale.weekInfo
    if (info) return info.firstDay % 7
  } catch {
    // An odd language tag: fall through to Monday.
  }
  return 1
}

// Insights read what every other screen writes: ask again each time a panel is shown.
const fresh = { staleTime: 0 } as const

export function useStanceTrend(bucket: InsightBucket, memberId?: string) {
  const input = { today: todayLocal(), weekStartsOn: localeWeekStart(), bucket, memberId }
  return useQuery({
    queryKey: ['insights', 'stance', input],
    queryFn: () => call('insights.stance', input),
    ...fresh
  })
}

export function useMoodTrend(bucket: InsightBucket, memberId?: string) {
  const input = { today: todayLocal(), weekStartsOn: localeWeekStart(), bucket, memberId }
  return useQuery({
    queryKey: ['insights', 'mood', input],
    queryFn: () => call('insights.mood', input),
    ...fresh
  })
}

export function useAuthorityInsights(memberId?: string) {
  const input = { today: todayLocal(), memberId }
  return useQuery({
    queryKey: ['insights', 'authority', input],
    queryFn: () => call('insights.authority', input),
    ...fresh
  })
}

export function useRhythm(memberId?: string) {
  const input = { today: todayLocal(), memberId }
  return useQuery({
    queryKey: ['insights', 'rhythm', input],
    queryFn: () => call('insights.rhythm', input),
    ...fresh
  })
}

export function useOutcomes(memberId?: string) {
  const input = { memberId }
  return useQuery({
    queryKey: ['insights', 'outcomes', input],
    queryFn: () => call('insights.outcomes', input),
    ...fresh
  })
}
