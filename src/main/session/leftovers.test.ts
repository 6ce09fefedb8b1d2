import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { journalPathIn } from '../config/paths'
import { closeJournal, openJournal } from '../db/open'
import { startElsewhere } from '../testing/elsewhere'
import { tempDir } from '../testing/tempJournal'
import { JournalSession } from './session'

/**
 * docs/RELIABILITY.md F8: a backup or a restore interrupted at any moment (the process killed, as by a crash
 * or a power cut) leaves temporary copies of the journal; the next start removes them, and the journal opens
 * with everything it held.
 */
const ROUNDS = 6
const PEOPLE = 1500
const { dir, cleanup } = tempDir('leap-killed-')
afterAll(cleanup)

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
}

/** Names of Leap's temporary files (see files/leftovers.ts). */
const temporary = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('.leap-'))

async function killDuring(work: 'backup' | 'restore', dataDir: string, backupDir: string, delayMs: number) {
  let started!: () => void
  const working = new Promise<void>((resolve) => (started = resolve))
  const child = startElsewhere<null>(
    'workUntilKilled',
    { dataDir, backupDir, work },
    { onNote: () => started() }
  )
  await working
  await new Promise((resolve) => setTimeout(resolve, delayMs))
  child.kill()
  await child.result.catch(() => {})
}

describe('a backup or restore killed half-way', { timeout: 120_000 }, () => {
  it(`leaves nothing behind after the next start (${ROUNDS} kills)`, async () => {
    const dataDir = join(dir, 'data')
    const backupDir = join(dir, 'backups')
    const seeded = openJournal(journalPathIn(dataDir))
    const insert = seeded.db.prepare(
      `INSERT INTO members (id, name, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`
    )
    const stamp = new Date().toISOString()
    seeded.db.transaction(() => {
      for (let i = 0; i < PEOPLE; i += 1) {
        insert.run(
          `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          `Person ${i}`,
          'n'.repeat(8000),
          stamp,
          stamp
        )
      }
    })()
    closeJournal(seeded)

    const next = random(20261201)
    let seenLeftovers = 0
    for (let round = 0; round < ROUNDS; round += 1) {
      await killDuring(round % 2 === 0 ? 'backup' : 'restore', dataDir, backupDir, Math.floor(next() * 400))
      seenLeftovers += temporary(dataDir).length + temporary(backupDir).length

      const session = new JournalSession({ dataDir, backupDir }).open()
      expect(session.problem).toBeNull()
      expect(temporary(dataDir)).toEqual([])
      expect(temporary(backupDir)).toEqual([])
      expect(session.journal!.db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(PEOPLE)
      session.close()
    }
    // The kills did land while temporary copies existed (else this test proves nothing).
    expect(seenLeftovers).toBeGreaterThan(0)
  })
})
