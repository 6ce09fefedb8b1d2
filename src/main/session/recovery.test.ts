import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createMember, listMembers } from '../journal/members'
import { garbageInTable } from '../testing/damagedJournals'
import { tempDir } from '../testing/tempJournal'
import { JournalSession, type SessionOptions } from './session'

/**
 * docs/RELIABILITY.md F2: recovery never hides loss. The screen says what the backup holds against what can
 * still be read of the damaged journal, and the damaged journal's readable rows can be brought back.
 */
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

function folders() {
  const data = tempDir('leap-data-')
  const backups = tempDir('leap-backups-')
  cleanups.push(data.cleanup, backups.cleanup)
  return { dataDir: data.dir, backupDir: backups.dir, journalPath: join(data.dir, 'leap.sqlite') }
}

function session(options: SessionOptions) {
  const opened = new JournalSession(options).open()
  cleanups.unshift(() => opened.close())
  return opened
}

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
