import { useEffect } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { PreferencesUpdate } from '../../../../shared/domain/settings'
import { call } from '../../lib/api'

const settingsKey = ['settings'] as const

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => call('settings.get', {}) })
}

export function useUpdateSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: PreferencesUpdate) => call('settings.update', patch),
    onSuccess: (view) => client.setQueryData(settingsKey, view)
  })
}

/** Opening or removing the sample team changes rows everywhere: every query is stale afterwards. */
export function useSampleTeam() {
  const client = useQueryClient()
  const onSettled = () => client.invalidateQueries()
  return {
    open: useMutation({ mutationFn: () => call('sample.create', {}), onSettled }),
    remove: useMutation({ mutationFn: () => call('sample.remove', {}), onSettled })
  }
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
