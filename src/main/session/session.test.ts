import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it, onTestFinished } from 'vitest'
import { migrations } from '../db/migrations'
import { LATEST_SCHEMA_VERSION } from '../db/open'
import { createMember, listMembers } from '../journal/members'
import {
  damage,
  type Damage,
  garbageInTable,
  writeJournalFromNewerLeap,
  writeJournalWithNotes
} from '../testing/damagedJournals'
import { tempFolder } from '../testing/tempJournal'
import { JournalSession, type SessionOptions } from './session'

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
function folders() {
  const dataDir = tempFolder('leap-data-')
  return { dataDir, backupDir: tempFolder('leap-backups-'), journalPath: join(dataDir, 'leap.sqlite') }
}

function session(options: SessionOptions) {
  const opened = new JournalSession(options).open()
  onTestFinished(() => opened.close())
  return opened
}

const names = (s: JournalSession) => listMembers(s.journal!.db, {}).map((member) => member.name)

describe('opening the journal', () => {
  it.each<Damage>(['clobberedHeader', 'garbagePage', 'truncated'])(
    'moves a damaged journal (%s) aside with its -wal and -shm, byte for byte, and writes nothing',
    (kind) => {
      const dirs = folders()
      writeJournalWithNotes(dirs.journalPath)
      damage[kind](dirs.journalPath)
      const hash = sha256(dirs.journalPath)

      const opened = session(dirs)
      expect(opened.journal).toBeNull()
      expect(opened.problem).toMatchObject({
        kind: 'damaged',
        message: expect.stringContaining('did not change it')
      })
      const movedTo = opened.problem!.movedAsideTo!
      expect(movedTo).toMatch(/leap-damaged-\d{8}-\d{6}\.sqlite$/)
      expect(sha256(movedTo)).toBe(hash)
      expect(existsSync(dirs.journalPath)).toBe(false)
      expect(readdirSync(dirs.dataDir)).toEqual([movedTo.split('/').at(-1)])
    }
  )

  it('moves a damaged journal’s WAL along with it, so it can never be replayed into another file', () => {
    const dirs = folders()
    writeJournalWithNotes(dirs.journalPath)
    damage.clobberedHeader(dirs.journalPath)
    const wal = Buffer.from('a WAL that holds the last commits')
    writeFileSync(`${dirs.journalPath}-wal`, wal)
    const opened = session(dirs)
    expect(readFileSync(`${opened.problem!.movedAsideTo}-wal`)).toEqual(wal)
    expect(existsSync(`${dirs.journalPath}-wal`)).toBe(false)
  })

  it('leaves a journal from a newer Leap exactly where and as it is', () => {
    const dirs = folders()
    writeJournalFromNewerLeap(dirs.journalPath)
    const hash = sha256(dirs.journalPath)
    const opened = session(dirs)
    expect(opened.problem).toMatchObject({ kind: 'newer', movedAsideTo: null })
    expect(opened.problem!.message).toMatch(/newer version of Leap/)
    expect(sha256(dirs.journalPath)).toBe(hash)
    expect(readdirSync(dirs.dataDir)).toEqual(['leap.sqlite'])
    expect(opened.listBackups()).toEqual([])
  })

  it('keeps showing the recovery screen after a restart until the user decides', () => {
    const dirs = folders()
    writeJournalWithNotes(dirs.journalPath)
    damage.truncated(dirs.journalPath)
    const first = session(dirs)
    const movedTo = first.problem!.movedAsideTo
    first.close()
    const again = session(dirs)
    expect(again.problem).toMatchObject({ kind: 'damaged', movedAsideTo: movedTo })
    expect(existsSync(dirs.journalPath)).toBe(false)
  })

  it('a journal file that is gone while its write-ahead log is still there is not replaced by a new one', () => {
    const dirs = folders()
    writeJournalWithNotes(dirs.journalPath, 2)
    const journal = dirs.journalPath
    rmSync(journal)
    writeFileSync(`${journal}-wal`, Buffer.alloc(4096, 1))
    const session = new JournalSession(dirs).open()
    expect(session.problem).toMatchObject({ kind: 'missing', message: expect.stringMatching(/is missing/) })
    expect(session.journal).toBeNull()
    expect(existsSync(journal)).toBe(false)
  })

  it('backs up before a migration; a failing migration leaves schema and version unchanged', () => {
    const dirs = folders()
    const old = session({ ...dirs, migrations: migrations.slice(0, LATEST_SCHEMA_VERSION) })
    createMember(old.journal!.db, { name: 'Ana Lima' })
    old.close()
    const broken = [
      ...migrations,
      {
        version: LATEST_SCHEMA_VERSION + 1,
        name: 'broken',
        sql: 'CREATE TABLE x (y INTEGER); SELECT * FROM nowhere;'
      }
    ]
    const failed = new JournalSession({ ...dirs, migrations: broken }).open()
    expect(failed.journal).toBeNull()
    expect(failed.problem).toMatchObject({ kind: 'unreadable', message: expect.stringMatching(/nowhere/) })

    const db = new Database(dirs.journalPath, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'x'`).pluck().get()).toBe(0)
    db.close()
    const backups = new JournalSession(dirs).listBackups()
    expect(backups.map((backup) => backup.reason)).toEqual(['before-migration'])
    const copy = new Database(join(dirs.backupDir, backups[0]!.name), { readonly: true })
    expect(copy.prepare('SELECT name FROM members').pluck().all()).toEqual(['Ana Lima'])
    copy.close()
  })
})

describe('backups in a session', () => {
  it('writes the daily backup at most once a day', async () => {
    const dirs = folders()
    let now = new Date(2026, 10, 27, 9, 0)
    const opened = session({ ...dirs, now: () => now })
    expect(await opened.dailyBackup()).toMatchObject({ reason: 'daily' })
    now = new Date(2026, 10, 27, 18, 0)
    expect(await opened.dailyBackup()).toBeNull()
    now = new Date(2026, 10, 28, 8, 0)
    expect(await opened.dailyBackup()).toMatchObject({ reason: 'daily' })
    expect(opened.listBackups()).toHaveLength(2)
  })

  it('restores a backup after backing up the journal as it is, and the app sees it at once', async () => {
    const dirs = folders()
    const opened = session(dirs)
    createMember(opened.journal!.db, { name: 'Ana Lima' })
    const backup = await opened.backup('manual')
    const backupHash = sha256(join(dirs.backupDir, backup.name))
    createMember(opened.journal!.db, { name: 'Added after the backup' })

    const result = await opened.restore(backup.name)

    expect(names(opened)).toEqual(['Ana Lima'])
    expect(result.restored.name).toBe(backup.name)
    expect(result.safetyBackup).toMatchObject({ reason: 'before-restore' })
    const safety = new Database(join(dirs.backupDir, result.safetyBackup!.name), { readonly: true })
    expect(safety.prepare('SELECT name FROM members ORDER BY name').pluck().all()).toEqual([
      'Added after the backup',
      'Ana Lima'
    ])
    safety.close()
    expect(opened.journal!.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(sha256(join(dirs.backupDir, backup.name))).toBe(backupHash) // restoring never changes a backup
  })

  it('refuses to restore a damaged backup or one that is not in the folder, and keeps the journal', async () => {
    const dirs = folders()
    const opened = session(dirs)
    createMember(opened.journal!.db, { name: 'Ana Lima' })
    const backup = await opened.backup('manual')
    damage.clobberedHeader(join(dirs.backupDir, backup.name))
    await expect(opened.restore(backup.name)).rejects.toMatchObject({ code: 'conflict' })
    await expect(opened.restore('leap-20200101-000000000-manual.sqlite')).rejects.toMatchObject({
      code: 'not_found'
    })
    expect(names(opened)).toEqual(['Ana Lima'])
  })

  it('from the recovery screen: offers the newest good backup and restores it', async () => {
    const dirs = folders()
    const healthy = session(dirs)
    createMember(healthy.journal!.db, { name: 'Ana Lima' })
    const good = await healthy.backup('manual')
    // A newer backup that is damaged must be skipped.
    const newest = await healthy.backup('manual')
    damage.truncated(join(dirs.backupDir, newest.name))
    healthy.close()
    damage.garbagePage(dirs.journalPath)
    const recovering = session(dirs)
    expect(recovering.problem?.kind).toBe('damaged')
    expect((await recovering.recoveryStatus()).newestGoodBackup?.name).toBe(good.name)

    const result = await recovering.restore(good.name)
    expect(result.safetyBackup).toBeNull()
    expect(recovering.problem).toBeNull()
    expect(names(recovering)).toEqual(['Ana Lima'])
  })

  it('starts fresh only from the recovery screen; a newer journal is moved aside untouched first', async () => {
    const dirs = folders()
    const healthy = session(dirs)
    await expect(healthy.startFresh()).rejects.toMatchObject({ code: 'conflict' })
    healthy.close()

    const other = folders()
    writeJournalFromNewerLeap(other.journalPath)
    const hash = sha256(other.journalPath)
    const recovering = session(other)
    await recovering.startFresh()
    expect(recovering.problem).toBeNull()
    expect(names(recovering)).toEqual([])
    const aside = readdirSync(other.dataDir).find((name) => name.startsWith('leap-newer-'))!
    expect(sha256(join(other.dataDir, aside))).toBe(hash)
  })
})

/**
 * docs/RELIABILITY.md F2: recovery never hides loss. The screen says what the backup holds against what can
 * still be read of the damaged journal, and the damaged journal's readable rows can be brought back.
 */
const notes = (i: number) => `Notes about person ${i}. `.repeat(60)

/** A journal backed up with 30 people, then given 30 more, then damaged in one page. */
async function damagedAfterBackup() {
  const dirs = folders()
  const healthy = session(dirs)
  for (let i = 0; i < 30; i += 1) createMember(healthy.journal!.db, { name: `Person ${i}`, notes: notes(i) })
  const backup = await healthy.backup('manual')
  for (let i = 30; i < 60; i += 1) createMember(healthy.journal!.db, { name: `Person ${i}`, notes: notes(i) })
  healthy.close()
  garbageInTable(dirs.journalPath, 'members')
  return { dirs, backup }
}

describe('recovering a damaged journal', () => {
  it('says what the backup holds against what the damaged journal still shows', async () => {
    const { dirs, backup } = await damagedAfterBackup()
    const recovering = session(dirs)
    const status = await recovering.recoveryStatus()
    expect(status.problem?.kind).toBe('damaged')
    expect(status.newestGoodBackup?.name).toBe(backup.name)
    expect(status.backupHolds).toMatchObject({ members: 30, reflections: 0 })
    expect(status.backupHolds!.lastChange).toEqual(expect.any(String))
    // One page of the people's table is garbage (two or three people on it): the rest can still be read.
    expect(status.damagedHolds!.members).toBeGreaterThanOrEqual(55)
    expect(status.damagedHolds!.members).toBeLessThan(60)
    expect(status.damagedHolds!.lastChange! > status.backupHolds!.lastChange!).toBe(true)
  })

  it('restores the backup and salvages the readable rows of the damaged journal, which stays untouched', async () => {
    const { dirs, backup } = await damagedAfterBackup()
    const recovering = session(dirs)
    const damagedFile = recovering.problem!.movedAsideTo!
    const hash = sha256(damagedFile)
    const readable = (await recovering.recoveryStatus()).damagedHolds!.members!

    const result = await recovering.recover(backup.name, true)

    expect(recovering.problem).toBeNull()
    expect(result.restored?.name).toBe(backup.name)
    const names = listMembers(recovering.journal!.db, {}).map((member) => member.name)
    // Everyone in the backup, and everyone the damaged journal could still show.
    for (let i = 0; i < 30; i += 1) expect(names).toContain(`Person ${i}`)
    expect(names.length).toBeGreaterThanOrEqual(readable)
    expect(names.length).toBeLessThanOrEqual(60)
    expect(result.salvaged!.rows).toBeGreaterThanOrEqual(readable - 30)
    expect(recovering.journal!.db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(sha256(damagedFile)).toBe(hash)
  })

  it('starts an empty journal with what the damaged one still holds when there is no backup', async () => {
    const dirs = folders()
    const healthy = session(dirs)
    for (let i = 0; i < 40; i += 1)
      createMember(healthy.journal!.db, { name: `Person ${i}`, notes: notes(i) })
    healthy.close()
    garbageInTable(dirs.journalPath, 'members')
    const recovering = session(dirs)
    expect((await recovering.recoveryStatus()).newestGoodBackup).toBeNull()

    const result = await recovering.recover(null, true)
    expect(result.restored).toBeNull()
    const count = listMembers(recovering.journal!.db, {}).length
    expect(count).toBeGreaterThanOrEqual(35)
    expect(count).toBeLessThan(40)
    expect(result.salvaged!.rows).toBe(count)
  })
})
