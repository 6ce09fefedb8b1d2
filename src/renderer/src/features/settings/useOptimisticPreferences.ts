import { useEffect, useRef, useState } from 'react'
import type { Preferences, PreferencesUpdate } from '../../../../shared/domain/settings'
import { useUpdateSettings } from './hooks'

/** How long "Saved" stays beside the title after the last change main accepted. */
const SAVED_MS = 2500

/**
 * Settings as the person just set them: a change shows at once, before main answers (fast clicks on a
 * checkbox must not lag or bounce), and falls back to main's value if main refuses it. `saved` is true for a
 * moment after main accepted a change.
 */
export function useOptimisticPreferences(stored: Preferences | undefined) {
  const update = useUpdateSettings()
  const [pending, setPending] = useState<PreferencesUpdate>({})
  const inFlight = useRef(0)
  const [saved, setSaved] = useState(false)
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  const save = async (patch: PreferencesUpdate) => {
    inFlight.current += 1
    setPending((shown) => ({ ...shown, ...patch }))
    setSaved(false)
    try {
      await update.mutateAsync(patch)
      window.clearTimeout(timer.current)
      setSaved(true)
      timer.current = window.setTimeout(() => setSaved(false), SAVED_MS)
    } finally {
      // Main's answer (refreshed by the write) is the truth once nothing else is on its way.
      inFlight.current -= 1
      if (inFlight.current === 0) setPending({})
    }
  }

  const preferences = stored ? ({ ...stored, ...pending } as Preferences) : undefined
  return { preferences, save, saved }
}
