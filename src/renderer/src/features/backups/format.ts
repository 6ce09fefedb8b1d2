import type { BackupEntry, EntryCounts } from '../../../../shared/domain/backups'

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** "27 Nov 2026, 09:30" in the user's locale and time zone. */
export const formatTime = (iso: string): string => when.format(new Date(iso))
export const formatBackupTime = (entry: BackupEntry): string => formatTime(entry.createdAt)

const toTheSecond = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' })

/**
 * Each backup's name on screen, by its file name: to the minute, or to the second where two in the list
 * would otherwise read the same (a backup now, then a restore's own backup a moment later).
 */
export function backupLabels(entries: readonly BackupEntry[]): Map<string, string> {
  const minutes = entries.map(formatBackupTime)
  const shared = new Set(minutes.filter((label, index) => minutes.indexOf(label) !== index))
  const labels = entries.map((entry, index) =>
    shared.has(minutes[index]!) ? toTheSecond.format(new Date(entry.createdAt)) : minutes[index]!
  )
  // Two in the same second (two quick clicks) are numbered in the order they were made, so each still reads apart.
  const left = new Map<string, number>()
  for (const label of labels) left.set(label, (left.get(label) ?? 0) + 1)
  const total = new Map(left)
  return new Map(
    entries.map((entry, index) => {
      const label = labels[index]!
      if (total.get(label) === 1) return [entry.name, label]
      const number = left.get(label)!
      left.set(label, number - 1)
      return [entry.name, `${label} (${number})`]
    })
  )
}

/** The kinds of entries a journal holds, as a table row and as a count names them. */
export const ENTRY_KINDS: { key: keyof EntryCounts; label: string; one: string }[] = [
  { key: 'members', label: 'People', one: 'person' },
  { key: 'reflections', label: 'Reflections', one: 'reflection' },
  { key: 'delegations', label: 'Delegations', one: 'delegation' },
  { key: 'checkins', label: 'Check-ins', one: 'check-in' },
  { key: 'actionItems', label: 'Action items', one: 'action item' }
]

/** "3 reflections, 1 check-in and 2 action items": the kinds with a count above zero, in words. */
export function countsInWords(counts: Partial<Record<keyof EntryCounts, number | null>>): string {
  const parts = ENTRY_KINDS.flatMap(({ key, label, one }) => {
    const count = counts[key] ?? 0
    return count > 0 ? [`${count.toLocaleString()} ${count === 1 ? one : label.toLowerCase()}`] : []
  })
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export const reasonLabels: Record<BackupEntry['reason'], string> = {
  daily: 'Daily',
  manual: 'Backed up by you',
  'before-restore': 'Before a restore',
  'before-migration': 'Before an update',
  'before-import': 'Before an import'
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })
const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000]
] as const

/** How long ago a backup was made, in the largest whole unit: "3 days ago", "1 minute ago". */
export function sinceThen(entry: BackupEntry, now = Date.now()): string {
  const elapsed = Math.max(0, now - Date.parse(entry.createdAt))
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return relative.format(-Math.floor(elapsed / ms), unit)
  }
  return 'less than a minute ago'
}
