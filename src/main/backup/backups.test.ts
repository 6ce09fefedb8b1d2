import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupEntry } from '../../shared/domain/backups'
import { createMember, listMembers } from '../journal/members'
import { damage } from '../testing/damagedJournals'
import { tempFolder, testJournal } from '../testing/tempJournal'
import {
  backupName,
  checkBackup,
  listBackups,
  newestGoodBackup,
  writeBackup,
  writeBackupSync
} from './backups'
import { backupsToKeep, rotateBackups } from './rotation'
import Database from 'better-sqlite3'

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const setup = () => ({ journal: testJournal(), folder: tempFolder('leap-backups-') })

describe('backups', () => {
  it('are whole SQLite copies made by db.backup(), checked, and named by time and reason', async () => {
    const { journal, folder } = setup()
    createMember(journal.db, { name: 'Ana Lima' })
    const at = new Date('2026-11-27T09:30:05.123Z')
    const entry = await writeBackup(journal.db, folder, 'manual', at)
    expect(entry).toMatchObject({
      name: 'leap-20261127-093005123-manual.sqlite',
      createdAt: at.toISOString(),
      reason: 'manual'
    })
    expect(entry.sizeBytes).toBeGreaterThan(0)
    expect(readdirSync(folder)).toEqual([entry.name]) // no partial file left behind
    const copy = new Database(join(folder, entry.name), { readonly: true })
    expect(listMembers(copy, {}).map((member) => member.name)).toEqual(['Ana Lima'])
    copy.close()
  })

  it('include a write committed just before, even while the journal stays open in WAL mode', async () => {
    const { journal, folder } = setup()
    createMember(journal.db, { name: 'Written a moment ago' })
    expect(existsSync(`${journal.path}-wal`)).toBe(true)
    const entry = writeBackupSync(journal.db, folder, 'before-migration', new Date('2026-11-27T10:00:00Z'))
    expect(await checkBackup(join(folder, entry.name))).toMatchObject({
      ok: true,
      version: LATEST_SCHEMA_VERSION
    })
    const copy = new Database(join(folder, entry.name), { readonly: true })
    expect(copy.prepare('SELECT name FROM members').pluck().all()).toEqual(['Written a moment ago'])
    copy.close()
  })

  it('never overwrite an existing backup: two in the same millisecond both survive', async () => {
    const { journal, folder } = setup()
    const at = new Date('2026-11-27T09:30:05.123Z')
    const first = await writeBackup(journal.db, folder, 'manual', at)
    const hash = sha256(join(folder, first.name))
    createMember(journal.db, { name: 'Ben Okafor' })
    const second = await writeBackup(journal.db, folder, 'manual', at)
    expect(second.name).toBe('leap-20261127-093005124-manual.sqlite')
    expect(sha256(join(folder, first.name))).toBe(hash)
    expect(readdirSync(folder)).toHaveLength(2)
  })

  it('list only files named like backups, newest first', async () => {
    const { journal, folder } = setup()
    await writeBackup(journal.db, folder, 'daily', new Date('2026-11-25T08:00:00Z'))
    await writeBackup(journal.db, folder, 'manual', new Date('2026-11-27T08:00:00Z'))
    writeFileSync(join(folder, 'my-notes.txt'), 'not a backup')
    writeFileSync(join(folder, 'leap-2026-bad-name.sqlite'), 'not a backup')
    expect(listBackups(folder).map((entry) => entry.reason)).toEqual(['manual', 'daily'])
    expect(listBackups(join(folder, 'missing'))).toEqual([])
  })

  it('offer the newest good backup, skipping a damaged newest one and one from a newer Leap', async () => {
    const { journal, folder } = setup()
    const good = await writeBackup(journal.db, folder, 'daily', new Date('2026-11-25T08:00:00Z'))
    const newer = await writeBackup(journal.db, folder, 'daily', new Date('2026-11-26T08:00:00Z'))
    const damaged = await writeBackup(journal.db, folder, 'manual', new Date('2026-11-27T08:00:00Z'))
    const db = new Database(join(folder, newer.name))
    db.pragma('user_version = 99')
    db.close()
    damage.clobberedHeader(join(folder, damaged.name))
    expect((await newestGoodBackup(folder, LATEST_SCHEMA_VERSION))?.entry.name).toBe(good.name)
  })

  it('offer the backup holding the latest work, not the one a clock a year ahead named latest', async () => {
    const { journal, folder } = setup()
    for (const name of ['Ana', 'Ben', 'Caro']) createMember(journal.db, { name })
    const yearAhead = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000)
    const misnamed = await writeBackup(journal.db, folder, 'daily', yearAhead)
    for (const name of ['Dan', 'Eve', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo']) createMember(journal.db, { name })
    const latest = await writeBackup(journal.db, folder, 'manual')
    expect(listBackups(folder)[0]!.name).toBe(misnamed.name) // by name, the wrong one is newest
    const offered = await newestGoodBackup(folder, LATEST_SCHEMA_VERSION)
    expect(offered?.entry.name).toBe(latest.name)
    expect(offered?.contents).toMatchObject({ members: 10 })
  })

  it('are checked off the thread that answers the window: it keeps turning during the check', async () => {
    const { journal, folder } = setup()
    for (let i = 0; i < 200; i += 1)
      createMember(journal.db, { name: `Person ${i}`, notes: 'n'.repeat(5000) })
    const entry = await writeBackup(journal.db, folder, 'manual')
    let turns = 0
    const timer = setInterval(() => (turns += 1), 1)
    try {
      expect(await checkBackup(join(folder, entry.name))).toMatchObject({ ok: true })
    } finally {
      clearInterval(timer)
    }
    expect(turns).toBeGreaterThan(0)
  })

  it('are readable by their owner only, in a folder only the owner can open', async () => {
    const { journal, folder } = setup()
    const inside = join(folder, 'Leap Backups')
    const entry = await writeBackup(journal.db, inside, 'manual')
    expect(statSync(inside).mode & 0o777).toBe(0o700)
    expect(statSync(join(inside, entry.name)).mode & 0o777).toBe(0o600)
  })
})

describe('rotation', () => {
  const day = 24 * 60 * 60 * 1000
  const entry = (at: Date): BackupEntry => ({
    name: backupName(at, 'daily'),
    createdAt: at.toISOString(),
    reason: 'daily',
    sizeBytes: 1
  })

  it('keeps the last 7 daily, 4 weekly and 12 monthly backups of a year of daily backups', () => {
    const now = new Date('2026-11-27T12:00:00Z')
    const year = Array.from({ length: 400 }, (_, i) => entry(new Date(now.getTime() - i * day)))
    const kept = [...backupsToKeep(year, { daily: 7, weekly: 4, monthly: 12 }, now)].sort().reverse()
    const days = kept.map((name) => name.slice(5, 13))
    expect(days.slice(0, 7)).toEqual([
      '20261127',
      '20261126',
      '20261125',
      '20261124',
      '20261123',
      '20261122',
      '20261121'
    ])
    // Weekly: the newest of each of the last 4 weeks (the current week's is a daily one already).
    expect(days).toEqual(expect.arrayContaining(['20261115', '20261108']))
    // Monthly: the newest of each of the last 12 months, back to December 2025.
    expect(days).toEqual(expect.arrayContaining(['20261031', '20260930', '20251231']))
    expect(days).not.toContain('20251130')
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12)
    expect(kept.length).toBeGreaterThanOrEqual(12)
  })

  it('keeps everything from the last 24 hours, such as the backup just before a restore', () => {
    const now = new Date('2026-11-27T12:00:00Z')
    const recent = [
      entry(new Date('2026-11-27T11:00:00Z')),
      entry(new Date('2026-11-27T10:00:00Z')),
      entry(new Date('2026-11-27T09:00:00Z'))
    ]
    expect(backupsToKeep(recent, { daily: 1, weekly: 0, monthly: 0 }, now).size).toBe(3)
  })

  it('deletes only the backups the policy drops, never other files', async () => {
    const { journal, folder } = setup()
    const now = new Date('2026-11-27T12:00:00Z')
    for (let i = 0; i < 10; i += 1) {
      await writeBackup(journal.db, folder, 'daily', new Date(now.getTime() - i * day))
    }
    writeFileSync(join(folder, 'keep-me.txt'), 'mine')
    const removed = rotateBackups(folder, { daily: 3, weekly: 0, monthly: 0 }, now)
    expect(removed).toHaveLength(7)
    expect(listBackups(folder)).toHaveLength(3)
    expect(existsSync(join(folder, 'keep-me.txt'))).toBe(true)
  })
})
