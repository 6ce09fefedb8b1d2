import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupEntry } from '../../shared/domain/backups'
import { listBackups } from './backups'

export interface RetentionPolicy {
  daily: number
  weekly: number
  monthly: number
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Which backups to keep: the newest of each of the last `daily` days, `weekly` weeks and `monthly` months
 * that have one, plus everything from the last 24 hours (so the backup taken just before a restore or a
 * migration survives the daily one that follows it). Days, weeks and months are UTC, like the names.
 */
export function backupsToKeep(
  backups: readonly BackupEntry[],
  policy: RetentionPolicy,
  now: Date
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set<string>()
  for (const entry of newestFirst) {
    if (now.getTime() - new Date(entry.createdAt).getTime() < DAY_MS) keep.add(entry.name)
  }
  const buckets: [number, (at: Date) => string][] = [
    [policy.daily, (at) => at.toISOString().slice(0, 10)],
    [policy.weekly, (at) => String(Math.floor((at.getTime() / DAY_MS + 3) / 7))], // weeks from Monday
    [policy.monthly, (at) => at.toISOString().slice(0, 7)]
  ]
  for (const [count, bucketOf] of buckets) {
    const seen = new Set<string>()
    for (const entry of newestFirst) {
      const bucket = bucketOf(new Date(entry.createdAt))
      if (seen.has(bucket)) continue
      if (seen.size >= count) break
      seen.add(bucket)
      keep.add(entry.name)
    }
  }
  return keep
}

/** Deletes the backups the policy does not keep; returns their names. */
export function rotateBackups(folder: string, policy: RetentionPolicy, now: Date): string[] {
  const backups = listBackups(folder)
  const keep = backupsToKeep(backups, policy, now)
  const removed = backups.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name)
  for (const name of removed) rmSync(join(folder, name), { force: true })
  return removed
}
