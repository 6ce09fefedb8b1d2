import { useEffect } from 'react'
import { Preferences } from '../../../../shared/domain/settings'
import { useLeapMutation, useLeapQuery } from '../../lib/query'

export const useSettings = () => useLeapQuery('settings.get', {})
export const useUpdateSettings = () => useLeapMutation('settings.update')

const DEFAULT_PREFERENCES = Preferences.parse({})

/**
 * The preferences as they apply: Settings' once loaded, the defaults if they cannot be read at all (so no
 * screen waits forever), null while loading.
 */
export function usePreferences(): Preferences | null {
  const settings = useSettings()
  if (settings.data) return settings.data.preferences
  return settings.isError ? DEFAULT_PREFERENCES : null
}

/**
 * The theme chosen in Settings, as `data-theme` on <html> (app.css honours it over the OS's preference);
 * "system" removes it, and the OS decides. Main sets Electron's nativeTheme to match.
 */
export function useThemePreference(): void {
  const theme = useSettings().data?.preferences.theme
  useEffect(() => {
    const root = document.documentElement
    if (theme && theme !== 'system') root.dataset.theme = theme
    else delete root.dataset.theme
  }, [theme])
}

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

export const weekStartDay = (choice: Preferences['weekStartsOn']): number =>
  choice === 'system' ? localeWeekStart() : WEEK_START_DAY[choice]

/** The first day of the week as Settings says (the locale's unless chosen), or null until settings load. */
export function useWeekStartsOn(): number | null {
  const choice = usePreferences()?.weekStartsOn
  return choice ? weekStartDay(choice) : null
}
