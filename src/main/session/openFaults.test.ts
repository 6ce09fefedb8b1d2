import { chmodSync, chownSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { journalPathIn } from '../config/paths'
import { NOBODY, canReproduceFaults, runElsewhere, whyFaultsSkipped } from '../testing/elsewhere'
import type { folderState } from '../testing/faultScenarios'
import { writeJournal } from '../testing/faultScenarios'
import { tempDir } from '../testing/tempJournal'
import type { JournalProblem } from '../../shared/domain/backups'

/**
 * docs/RELIABILITY.md F1: only proof of damage leads to recovery. A full disk, a read-only disk, folder or
 * file, and a journal another account owns each get their own message; the journal is never renamed or
 * written; "Try again" opens it once the cause is gone, without a restart.
 */
type Files = ReturnType<typeof folderState>
interface Report {
  problem: JournalProblem | null
  members: string[] | null
  files: Files
}
interface Outcome {
  before: Files
  first: Report
  second: Report
}

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))
if (!canReproduceFaults) console.log(`journal faults at open: ${whyFaultsSkipped}`)

function folders() {
  const root = tempDir('leap-faults-')
  cleanups.push(root.cleanup)
  chmodSync(root.dir, 0o755)
  return { dataDir: join(root.dir, 'data'), backupDir: join(root.dir, 'backups') }
}

/** The journal's own files are exactly as they were: same names, same bytes, no -wal, -shm or marker added. */
function expectUntouched(before: Files, after: Files) {
  const journalFiles = (files: Files) =>
    Object.fromEntries(Object.entries(files).filter(([name]) => name.startsWith('leap')))
  expect(journalFiles(after)).toEqual(journalFiles(before))
  expect(Object.keys(after).some((name) => name.includes('damaged'))).toBe(false)
}

function expectRecovered(outcome: Outcome) {
  expect(outcome.second.problem).toBeNull()
  expect(outcome.second.members).toEqual(['Ana Lima'])
}

describe.skipIf(!canReproduceFaults)('opening the journal on a bad day', { timeout: 60_000 }, () => {
  it('a full disk at start-up: says so, moves nothing, and opens on "Try again" once space is freed', async () => {
    const outcome = await runElsewhere<Outcome>(
      'openThenRetry',
      { ...folders(), trouble: 'full disk' },
      { ownMounts: true }
    )
    expect(outcome.first.problem).toMatchObject({
      kind: 'disk_full',
      message: expect.stringMatching(/disk that holds your journal .* is full.*Free some space/),
      movedAsideTo: null
    })
    expectUntouched(outcome.before, outcome.first.files)
    expectRecovered(outcome)
  })

  it('a read-only mount: says so, leaves no -wal or -shm, and opens once it is writable again', async () => {
    const outcome = await runElsewhere<Outcome>(
      'openThenRetry',
      { ...folders(), trouble: 'read-only mount' },
      { ownMounts: true }
    )
    expect(outcome.first.problem).toMatchObject({
      kind: 'read_only',
      message: expect.stringMatching(/can only be read/)
    })
    expectUntouched(outcome.before, outcome.first.files)
    expectRecovered(outcome)
  })

  /** A journal written by root, then given to `nobody` (or not) and opened as `nobody`. */
  function journalFor(setup: (paths: { dataDir: string; journal: string }) => void) {
    const dirs = folders()
    writeJournal(dirs)
    mkdirSync(dirs.backupDir, { recursive: true })
    for (const dir of [dirs.dataDir, dirs.backupDir]) chownSync(dir, NOBODY.uid, NOBODY.gid)
    const journal = journalPathIn(dirs.dataDir)
    chownSync(journal, NOBODY.uid, NOBODY.gid)
    setup({ dataDir: dirs.dataDir, journal })
    return dirs
  }

  it.each<[string, (paths: { dataDir: string; journal: string }) => void, string, RegExp]>([
    [
      'a journal another account owns',
      ({ journal }) => {
        chownSync(journal, 0, 0)
        chmodSync(journal, 0o600)
      },
      'permission',
      /not allowed to use your journal .*owner or permissions/
    ],
    ['a read-only folder', ({ dataDir }) => chmodSync(dataDir, 0o555), 'read_only', /can only be read/],
    ['a read-only file', ({ journal }) => chmodSync(journal, 0o444), 'read_only', /can only be read/]
  ])('%s: its own message, nothing renamed or added, and "Try again" works once fixed', async (...row) => {
    const [, setup, kind, message] = row
    let paths!: { dataDir: string; journal: string }
    const dirs = journalFor((p) => {
      paths = p
      setup(p)
    })
    const outcome = await runElsewhere<Outcome>('openThenRetry', dirs, {
      as: 'nobody',
      onCheckpoint: () => {
        chownSync(paths.journal, NOBODY.uid, NOBODY.gid)
        chmodSync(paths.journal, 0o600)
        chmodSync(paths.dataDir, 0o700)
      }
    })
    expect(outcome.first.problem).toMatchObject({ kind, message: expect.stringMatching(message) })
    expect(outcome.first.problem!.message).not.toMatch(/EACCES|EROFS|SQLITE|readonly database/)
    expectUntouched(outcome.before, outcome.first.files)
    expectRecovered(outcome)
  })
})
