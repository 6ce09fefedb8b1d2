import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, expect, onTestFinished } from 'vitest'
import type { ErrorCode } from '../../shared/ipc/envelope'
import { LeapError } from '../../shared/ipc/envelope'
import { closeJournal, openJournal, type Journal, type OpenOptions } from '../db/open'
import { journalPathIn } from '../config/paths'
import { createSessionDispatch } from '../ipc/dispatch'
import { JournalSession, type SessionOptions } from '../session/session'
import { stubPlatform } from './stubPlatform'

/**
 * The temporary folders and journals of the tests, in one place. Inside a test, `tempFolder`, `tempSession`
 * and friends remove what they made when the test finishes; `eachTempJournal` gives every test of a file
 * (or describe block) a fresh journal; `tempDir` and `tempJournal` return their own cleanup, for a
 * `beforeAll` that shares one across tests.
 */

/** A folder of its own; removed by cleanup(). */
export function tempDir(prefix = 'leap-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A fresh journal on a real SQLite file in a temp folder, as the app would open it. */
export function tempJournal(options?: OpenOptions): Journal & { dir: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir()
  const journal = openJournal(journalPathIn(dir), options)
  return {
    ...journal,
    dir,
    cleanup: () => {
      closeJournal(journal)
      cleanup()
    }
  }
}

/** Inside a test: a folder removed when the test finishes. */
export function tempFolder(prefix?: string): string {
  const { dir, cleanup } = tempDir(prefix)
  onTestFinished(cleanup)
  return dir
}

/** Inside a test: a fresh journal, closed and removed when the test finishes. */
export function testJournal(options?: OpenOptions): Journal & { dir: string } {
  const { cleanup, ...journal } = tempJournal(options)
  onTestFinished(cleanup)
  return journal
}

/** A fresh journal for every test of the file or describe block that calls this, closed after each. */
export function eachTempJournal(options?: OpenOptions): Journal & { dir: string } {
  const current = {} as Journal & { dir: string }
  beforeEach(() => {
    const { cleanup, ...journal } = tempJournal(options)
    Object.assign(current, journal)
    return cleanup
  })
  return current
}

/**
 * Inside a test: a session (the journal the app works on, with its backups) in folders of its own, and the
 * app's door to it, closed and removed when the test finishes.
 */
export function tempSession(
  options: Partial<SessionOptions> & { platform?: Parameters<typeof stubPlatform>[0] } = {}
) {
  const { platform, ...sessionOptions } = options
  const dataDir = sessionOptions.dataDir ?? tempFolder('leap-data-')
  const backupDir = sessionOptions.backupDir ?? tempFolder('leap-backups-')
  const session = new JournalSession({ ...sessionOptions, dataDir, backupDir }).open()
  onTestFinished(() => session.close())
  const dispatch = createSessionDispatch(
    session,
    { app: { name: 'Leap', version: 'test', dataDir }, platform: stubPlatform(platform) },
    { log: () => {} }
  )
  return { session, dispatch, dataDir, backupDir }
}

/** Runs `run` and checks that it throws a LeapError with this code (and a message for `field`, if given). */
export function expectLeapError(run: () => unknown, code: ErrorCode, field?: string): LeapError {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  expect(caught, `expected a LeapError ${code}`).toBeInstanceOf(LeapError)
  const error = caught as LeapError
  expect(error.code).toBe(code)
  if (field) expect(error.fields).toHaveProperty(field)
  return error
}
