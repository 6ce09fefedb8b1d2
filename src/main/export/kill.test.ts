import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedJournal } from '../../../scripts/lib/seed'
import { journalPathIn } from '../config/paths'
import { openJournal } from '../db/open'
import { tempDir } from '../testing/tempJournal'

const folder = tempDir('leap-kill-')
const dataDir = join(folder.dir, 'data')
const cli = join(import.meta.dirname, '../../../scripts/cli.mjs')

/** The CLI in a child process; resolves with its exit code, killed (SIGKILL) after `killAfter` progress lines. */
function exportInChild(out: string, killAfter: number | null): Promise<number | null> {
  mkdirSync(out, { recursive: true })
  const child = spawn(
    process.execPath,
    [cli, 'export', '--data-dir', dataDir, '--out', out, '--no-exported-at', '--progress'],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  )
  let lines = 0
  child.stderr.on('data', (chunk: Buffer) => {
    lines += chunk.toString().split('\n').length - 1
    if (killAfter !== null && lines >= killAfter) child.kill('SIGKILL')
  })
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)))
}

/** Visible files (not the hidden staging folder or temp files, which a later export removes). */
function visible(dir: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1)
    if (entry.isFile() && !path.split('/').some((part) => part.startsWith('.'))) {
      found.set(path, readFileSync(join(dir, path), 'utf8'))
    }
  }
  return found
}

let before: Map<string, string>
let after: Map<string, string>

beforeAll(async () => {
  const journal = openJournal(journalPathIn(dataDir))
  seedJournal(journal.db, { reflections: 1200, seed: 3 })
  journal.db.close()
  expect(await exportInChild(join(folder.dir, 'before'), null)).toBe(0)
  before = visible(join(folder.dir, 'before'))
  const changed = openJournal(journalPathIn(dataDir))
  changed.db.prepare(`UPDATE reflections SET body = body || ' (edited)'`).run()
  changed.db.close()
  expect(await exportInChild(join(folder.dir, 'after'), null)).toBe(0)
  after = visible(join(folder.dir, 'after'))
}, 120_000)
afterAll(() => folder.cleanup(), 120_000)

describe('an export killed at any point', () => {
  it('leaves every file whole or absent, on a first export and on a re-export', async () => {
    for (let run = 0; run < 4; run += 1) {
      const out = join(folder.dir, `run-${run}`)
      const reexport = run % 2 === 1
      if (reexport) {
        mkdirSync(out)
        for (const [path, text] of before) {
          mkdirSync(join(out, path, '..'), { recursive: true })
          writeFileSync(join(out, path), text)
        }
      }
      expect(await exportInChild(out, 1 + 2 * run)).not.toBe(0)
      for (const [path, text] of visible(out)) {
        expect([before.get(path), after.get(path)], path).toContain(text)
      }
      // The next export finishes the job and removes what the killed one left.
      expect(await exportInChild(out, null)).toBe(0)
      expect(visible(out)).toEqual(after)
      expect(
        readdirSync(out, { recursive: true }).filter((p) => /\.leap-(export|tmp)/.test(String(p)))
      ).toEqual([])
    }
  }, 240_000)
})
