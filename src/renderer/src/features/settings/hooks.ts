import { useEffect } from 'react'
import { DEFAULT_PREFERENCES, type Preferences } from '../../../../shared/domain/settings'
import { useLeapMutation, useLeapQuery } from '../../lib/query'
import { weekStartDay } from '../../lib/weekStart'

export const useSettings = () => useLeapQuery('settings.get', {})
export const useUpdateSettings = () => useLeapMutation('settings.update')

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

/** The first day of the week as Settings says (the locale's unless chosen), or null until settings load. */
export function useWeekStartsOn(): number | null {
  const choice = usePreferences()?.weekStartsOn
  return choice ? weekStartDay(choice) : null
}
