import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { journalPathIn } from '../config/paths'
import { tempDir } from '../testing/tempJournal'
import { openJournal } from './open'

const writer = join(import.meta.dirname, '../testing/crashWriter.mjs')
const KILLS = 24
const { dir, cleanup } = tempDir('leap-crash-')
afterAll(cleanup)

/** A seeded generator, so a failing run can be repeated exactly. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
}

/**
 * Starts the writer, lets it commit for a while, SIGKILLs it, and returns what it acknowledged: the ids it
 * printed after each commit returned. A partial last line (killed mid-print) is not an acknowledgement.
 */
function writeThenKill(path: string, delayMs: number): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--experimental-transform-types', '--no-warnings', writer, path], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    let errors = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      // Count from the first commit, so every kill lands while writes are under way.
      timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') return reject(new Error(`The writer stopped on its own: ${errors}`))
      const acknowledged = new Map<string, number>()
      for (const line of output.split('\n').slice(0, -1)) {
        const [id, size] = line.split(' ')
        acknowledged.set(id!, Number(size))
      }
      resolve(acknowledged)
    })
  })
}

describe('crash safety', () => {
  it(`a writer SIGKILLed ${KILLS} times at random points loses no acknowledged write and never corrupts the journal`, async () => {
    const path = journalPathIn(dir)
    const next = random(20261127)
    const acknowledged = new Map<string, number>()
    let kills = 0
    for (let round = 0; round < KILLS; round += 1) {
      const written = await writeThenKill(path, Math.floor(next() * 250))
      kills += 1
      for (const [id, size] of written) acknowledged.set(id, size)

      // Reopen as the app does (read-only inspection with quick_check, then WAL recovery), then check it all.
      const journal = openJournal(path)
      expect(journal.db.pragma('integrity_check', { simple: true })).toBe('ok')
      const rows = new Map(
        (
          journal.db.prepare('SELECT id, length(notes) AS size FROM members').all() as {
            id: string
            size: number
          }[]
        ).map((row) => [row.id, row.size])
      )
      for (const [id, size] of acknowledged) expect(rows.get(id), `acknowledged write ${id}`).toBe(size)
      journal.db.close()
    }
    expect(kills).toBe(KILLS)
    expect(acknowledged.size).toBeGreaterThan(KILLS)
    console.log(`crash safety: ${kills} kills survived, ${acknowledged.size} acknowledged writes all present`)
  }, 60_000)
})
