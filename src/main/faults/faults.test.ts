import { chmodSync, chownSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { FaultCode } from '../../shared/ipc/envelope'
import { closeJournal, openJournal } from '../db/open'
import { NOBODY, canReproduceFaults, runElsewhere, whyFaultsSkipped } from '../testing/elsewhere'
import { tempDir } from '../testing/tempJournal'
import { faultMessage, faultOf } from './faults'

/**
 * docs/RELIABILITY.md F4: a fault a user can act on has its own code and sentence, wherever it happens: a
 * save (the dispatcher), "Back up now", an export. Raw ENOSPC, EROFS, EACCES or SQLite's words never reach a
 * screen. Each case runs on the real file system: a small disk filled up, a read-only mount, a folder of
 * another account (as `nobody`).
 */
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))
if (!canReproduceFaults) console.log(`faults where Leap writes: ${whyFaultsSkipped}`)

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }
type ExportAnswer = { ok: true; data: { state: string; error: string | null } }
const RAW = /ENOSPC|EROFS|EACCES|EPERM|SQLITE|readonly database|database or disk is full/

const SENTENCE: Record<FaultCode, RegExp> = {
  disk_full: /the disk that holds .* is full\. .*Free some space/,
  read_only: /can only be read .*Make it writable/,
  permission: /not allowed to use .*owner or permissions/,
  busy: /another program is using/
}

function root() {
  const { dir, cleanup } = tempDir('leap-fault-')
  cleanups.push(cleanup)
  chmodSync(dir, 0o755)
  return dir
}

/** As root: a folder of root's that `nobody` may read but not write, and one of nobody's own. */
function notOurs(place: 'journal' | 'backups' | 'export') {
  const dir = root()
  const bad = join(dir, 'bad')
  const good = join(dir, 'good')
  mkdirSync(bad, { mode: 0o755 })
  mkdirSync(good)
  chownSync(good, NOBODY.uid, NOBODY.gid)
  const journalDir = place === 'journal' ? bad : good
  closeJournal(openJournal(join(journalDir, 'leap.sqlite')))
  for (const name of ['leap.sqlite']) chmodSync(join(journalDir, name), 0o644)
  if (place !== 'journal') chownSync(join(good, 'leap.sqlite'), NOBODY.uid, NOBODY.gid)
  return dir
}

describe.skipIf(!canReproduceFaults)('faults where Leap writes', { timeout: 60_000 }, () => {
  it.each<['journal' | 'backups' | 'export', 'full disk' | 'read-only mount' | 'not ours', FaultCode]>([
    ['journal', 'full disk', 'disk_full'],
    ['journal', 'read-only mount', 'read_only'],
    ['journal', 'not ours', 'permission'],
    ['backups', 'full disk', 'disk_full'],
    ['backups', 'read-only mount', 'read_only'],
    ['backups', 'not ours', 'permission'],
    ['export', 'full disk', 'disk_full'],
    ['export', 'read-only mount', 'read_only'],
    ['export', 'not ours', 'permission']
  ])(
    '%s on a %s: %s, in words, and the same action works once the cause is gone',
    async (place, badDay, code) => {
      const nobody = badDay === 'not ours'
      const { failed, retried } = await runElsewhere<{
        failed: Answer | ExportAnswer
        retried: Answer | null
      }>(
        'callOnBadDay',
        { root: nobody ? notOurs(place) : root(), place, badDay },
        nobody ? { as: 'nobody' } : { ownMounts: true }
      )
      if (place === 'export') {
        const status = (failed as ExportAnswer).data
        expect(status.state).toBe('failed')
        expect(status.error).toMatch(/^The export stopped: /)
        expect(status.error).toMatch(SENTENCE[code])
        expect(status.error).not.toMatch(RAW)
      } else {
        expect(failed).toMatchObject({
          ok: false,
          error: { code, message: expect.stringMatching(SENTENCE[code]) }
        })
        expect((failed as { error: { message: string } }).error.message).not.toMatch(RAW)
      }
      if (retried) {
        expect(retried).toMatchObject({ ok: true })
        if (place === 'export')
          expect((retried as ExportAnswer).data).toMatchObject({ error: null, state: 'done' })
      }
    }
  )
})

describe('fault sentences', () => {
  it('say what did not happen, what is in the way, what is still true and what to do', () => {
    expect(
      faultMessage('disk_full', {
        outcome: 'Not saved',
        where: 'your journal (/home/ana/leap.sqlite)',
        after: 'Nothing was changed.'
      })
    ).toBe(
      'Not saved: the disk that holds your journal (/home/ana/leap.sqlite) is full. Nothing was changed. ' +
        'Free some space on that disk, then try again.'
    )
  })

  it('come only from codes whose meaning is certain, or from a probe of the disk', () => {
    expect(faultOf(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe('disk_full')
    expect(faultOf(Object.assign(new Error('x'), { code: 'SQLITE_FULL' }))).toBe('disk_full')
    expect(faultOf(Object.assign(new Error('x'), { code: 'SQLITE_BUSY_SNAPSHOT' }))).toBe('busy')
    // SQLite does not say why it could not write: without a place to probe, no guess.
    expect(faultOf(Object.assign(new Error('x'), { code: 'SQLITE_READONLY' }))).toBeNull()
    expect(faultOf(Object.assign(new Error('x'), { code: 'SQLITE_CORRUPT' }))).toBeNull()
    expect(faultOf(new Error('no code'))).toBeNull()
  })
})
