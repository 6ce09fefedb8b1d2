import { describe, expect, it } from 'vitest'
import type { BackupEntry } from '../../../../shared/domain/backups'
import { backupLabels, sinceThen } from './format'

const entry = (createdAt: string, reason: BackupEntry['reason'] = 'manual'): BackupEntry => ({
  name: `leap-${createdAt.replace(/\D/g, '').slice(0, 17)}-${reason}.sqlite`,
  createdAt,
  reason,
  sizeBytes: 1024
})

describe('backup labels', () => {
  it('tell apart two backups made in the same minute, to the second', () => {
    const first = entry('2026-11-27T09:30:05.000Z')
    const second = entry('2026-11-27T09:30:41.000Z', 'before-restore')
    const other = entry('2026-11-26T18:02:00.000Z')
    const labels = backupLabels([second, first, other])
    expect(labels.get(first.name)).not.toBe(labels.get(second.name))
    // Only those that would look alike carry seconds.
    expect(labels.get(first.name)!.length).toBeGreaterThan(labels.get(other.name)!.length)
    expect(new Set(labels.values()).size).toBe(3)
  })

  it('number two backups made in the same second, in the order they were made', () => {
    const first = entry('2026-11-27T09:30:05.100Z')
    const second = entry('2026-11-27T09:30:05.900Z', 'before-restore')
    const labels = backupLabels([second, first])
    expect(labels.get(first.name)).toMatch(/ \(1\)$/)
    expect(labels.get(second.name)).toMatch(/ \(2\)$/)
  })
})

describe('how long ago a backup was made', () => {
  it('says it in the largest whole unit', () => {
    const made = entry('2026-11-27T09:30:00.000Z')
    const at = (iso: string) => sinceThen(made, Date.parse(iso))
    expect(at('2026-11-27T09:30:20.000Z')).toBe('less than a minute ago')
    expect(at('2026-11-27T09:32:00.000Z')).toMatch(/2 minutes ago/)
    expect(at('2026-11-27T12:31:00.000Z')).toMatch(/3 hours ago/)
    expect(at('2026-11-30T10:00:00.000Z')).toMatch(/3 days ago/)
  })
})
