import type { BackupEntry } from '../../../../shared/domain/backups'

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** "27 Nov 2026, 09:30" in the user's locale and time zone. */
export const formatTime = (iso: string): string => when.format(new Date(iso))
export const formatBackupTime = (entry: BackupEntry): string => formatTime(entry.createdAt)

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
