import type { ReflectionKind } from './reflections'

// Made on first use: the first Intl formatter loads ICU's data (~15 ms), which a terminal command that makes
// no title should not pay for at start.
let dayFormat: Intl.DateTimeFormat | undefined

/**
 * "27 Nov 2026" for the local day '2026-11-27', the same on every machine (whatever its language or time zone):
 * titles are stored, exported and searched as written.
 */
export function formatDayForTitle(day: string): string {
  dayFormat ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC'
  })
  return dayFormat.format(new Date(`${day}T00:00:00Z`))
}

/** The title a reflection left untitled is saved with, and the editor shows as its placeholder. */
export function defaultTitle(kind: ReflectionKind, memberName: string | null, date: string): string {
  const day = formatDayForTitle(date)
  return kind === 'one_on_one' && memberName ? `1:1 with ${memberName}, ${day}` : `Reflection, ${day}`
}
