import type { Preferences } from '../../../shared/domain/settings'

// Apart from the settings hooks: the first reads (firstReads.ts) need it before React and the screens load.

type LocaleWeek = Intl.Locale & {
  getWeekInfo?: () => { firstDay: number }
  weekInfo?: { firstDay: number }
}

/**
 * The first day of the user's week, 0 (Sunday) to 6 (Saturday), as `Date.getDay()` counts: from the
 * locale's week info where the engine has it (Intl counts 1 Monday ... 7 Sunday), else Monday.
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

const WEEK_START_DAY = { monday: 1, sunday: 0 } as const

/** The first day of the week a Settings choice means. */
export const weekStartDay = (choice: Preferences['weekStartsOn']): number =>
  choice === 'system' ? localeWeekStart() : WEEK_START_DAY[choice]
