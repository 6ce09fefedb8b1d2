import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeBackup } from '../backup/backups'
import { journalPathIn } from '../config/paths'
import { writeSettings } from '../config/settings'
import { closeJournal, openJournal } from '../db/open'
import { createMember } from '../journal/members'
import { JournalSession } from '../session/session'
import { tempDir } from '../testing/tempJournal'

/**
 * docs/RELIABILITY.md F9: on a computer shared with other accounts, nothing Leap writes can be read by them.
 * (Windows: the user's profile folders are the user's alone; see files/private.ts.)
 */
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8)

function folder() {
  const { dir, cleanup } = tempDir()
  cleanups.push(cleanup)
  return dir
}

describe('private files', () => {
  it('the journal, its -wal, -shm and open marker, and a data folder Leap makes, are the owner’s only', () => {
    const dataDir = join(folder(), 'Leap')
    const path = journalPathIn(dataDir)
    const journal = openJournal(path)
    createMember(journal.db, { name: 'Ana Lima' })
    expect(mode(dataDir)).toBe('700')
    for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}.open`])
      expect(mode(file), file).toBe('600')
    closeJournal(journal)
  })

  it('a journal written with the default umask is tightened when it is opened; its owner keeps their rights', () => {
    const dataDir = folder()
    const path = journalPathIn(dataDir)
    closeJournal(openJournal(path))
    chmodSync(path, 0o644)
    const reopened = openJournal(path)
    createMember(reopened.db, { name: 'Ana Lima' })
    // SQLite gives the -wal and -shm it makes the journal's own mode.
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(mode(file), file).toBe('600')
    closeJournal(reopened)
  })

  it('settings, the backups folder and every backup are the owner’s only; old ones are tightened at start', async () => {
    const dataDir = folder()
    const backupDir = join(folder(), 'Leap Backups')
    writeSettings(dataDir, {})
    expect(mode(join(dataDir, 'settings.json'))).toBe('600')

    const session = new JournalSession({ dataDir, backupDir }).open()
    const entry = await writeBackup(session.journal!.db, backupDir, 'manual')
    session.close()
    chmodSync(backupDir, 0o755)
    chmodSync(join(backupDir, entry.name), 0o644)
    chmodSync(join(dataDir, 'settings.json'), 0o644)
    mkdirSync(join(backupDir, 'mine'))
    writeFileSync(join(backupDir, 'mine', 'notes.txt'), 'not Leap’s')
    chmodSync(join(backupDir, 'mine', 'notes.txt'), 0o644)

    new JournalSession({ dataDir, backupDir }).open().close()
    expect(mode(backupDir)).toBe('700')
    expect(mode(join(backupDir, entry.name))).toBe('600')
    expect(mode(join(dataDir, 'settings.json'))).toBe('600')
    expect(mode(join(backupDir, 'mine', 'notes.txt'))).toBe('644') // not Leap's file: left as it is
  })
})
