import { execFileSync } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import Database from 'better-sqlite3'
import { JournalSession } from '../session/session'
import { LATEST_SCHEMA_VERSION, closeJournal, openJournal, type Journal } from '../db/open'
import { createSessionDispatch } from '../ipc/dispatch'
import { listMembers } from '../journal/members'
import { stubPlatform } from './stubPlatform'

/**
 * Scenarios the fault tests run in a process of their own (see elsewhere.ts): as another user, or as root
 * with mounts of their own. Each returns plain data for the test to check.
 */

const stdin = createInterface({ input: process.stdin })[Symbol.asyncIterator]()

/** Tells the test where the scenario is and waits until the test has changed the world and says go. */
export async function checkpoint(data: unknown): Promise<void> {
  process.stdout.write(`${JSON.stringify({ checkpoint: data })}\n`)
  await stdin.next()
}

/** Tells the test something without waiting for it. */
export function note(data: unknown): void {
  process.stdout.write(`${JSON.stringify({ note: data })}\n`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Every file in a folder with a hash of its bytes and its mode: what "left exactly as it was" means. */
export function folderState(dir: string): Record<string, { sha256: string; mode: string }> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => {
        const path = join(dir, name)
        const stat = statSync(path)
        const sha256 = stat.isFile() ? hashOf(path) : 'folder'
        return [name, { sha256, mode: (stat.mode & 0o777).toString(8) }]
      })
  )
}

function hashOf(path: string): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex')
  } catch {
    return 'unreadable' // another account's file: its bytes are checked by the test that owns them
  }
}

/** A disk of `size` (e.g. '4M') at `dir`; only in a mount namespace of the scenario's own. */
export function mountSmallDisk(dir: string, size: string): void {
  mkdirSync(dir, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir])
}

/** Fills the disk at `dir` to the last byte with a file named `filler`. */
export function fillDisk(dir: string): void {
  try {
    execFileSync('dd', ['if=/dev/zero', `of=${join(dir, 'filler')}`, 'bs=4k'], { stdio: 'ignore' })
  } catch {
    // dd stops with an error when the disk is full: that is the point.
  }
}

export const freeDisk = (dir: string) => rmSync(join(dir, 'filler'), { force: true })

export function remount(dir: string, mode: 'ro' | 'rw'): void {
  execFileSync('mount', ['-o', `remount,${mode}`, dir])
}

interface SessionReport {
  problem: JournalSession['problem']
  members: string[] | null
  files: ReturnType<typeof folderState>
}

function report(session: JournalSession, dataDir: string): SessionReport {
  return {
    problem: session.problem,
    members: session.journal ? listMembers(session.journal.db, {}).map((member) => member.name) : null,
    files: folderState(dataDir)
  }
}

/** A journal with one member, closed cleanly, as a user's journal is between two sessions. */
export function writeJournal({ dataDir, backupDir }: { dataDir: string; backupDir: string }): void {
  const session = new JournalSession({ dataDir, backupDir }).open()
  const db = session.journal!.db
  db.prepare(
    `INSERT INTO members (id, name, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'Ana Lima', ?, ?)`
  ).run(new Date().toISOString(), new Date().toISOString())
  session.close()
}

type Trouble = 'full disk' | 'read-only mount'

/**
 * The journal opened on a bad day, then "Try again" once the cause is gone, in one session as the app does
 * it. With `trouble`, the scenario makes it (a mount of its own); otherwise the test makes and fixes it at
 * the checkpoint (permissions, as another user).
 */
export async function openThenRetry({
  dataDir,
  backupDir,
  trouble
}: {
  dataDir: string
  backupDir: string
  trouble?: Trouble
}): Promise<{ before: ReturnType<typeof folderState>; first: SessionReport; second: SessionReport }> {
  if (trouble) {
    mountSmallDisk(dataDir, '4M')
    writeJournal({ dataDir, backupDir })
    if (trouble === 'full disk') fillDisk(dataDir)
    else remount(dataDir, 'ro')
  }
  const before = folderState(dataDir)
  const session = new JournalSession({ dataDir, backupDir }).open()
  const first = report(session, dataDir)
  if (trouble === 'full disk') freeDisk(dataDir)
  else if (trouble === 'read-only mount') remount(dataDir, 'rw')
  else await checkpoint(first)
  session.retry()
  const second = report(session, dataDir)
  session.close()
  return { before, first, second }
}

/** Holds SQLite's write lock on the journal (BEGIN IMMEDIATE) for `ms`, as a backup tool or a second Leap would. */
export async function holdWriteLock({ path, ms }: { path: string; ms: number }): Promise<null> {
  const db = new Database(path)
  db.exec('BEGIN IMMEDIATE')
  note('locked')
  await sleep(ms)
  db.exec('COMMIT')
  db.close()
  return null
}

/** Backs up (or restores) again and again until the test kills this process, as a crash or power cut would. */
export async function workUntilKilled({
  dataDir,
  backupDir,
  work
}: {
  dataDir: string
  backupDir: string
  work: 'backup' | 'restore'
}): Promise<null> {
  const session = new JournalSession({ dataDir, backupDir }).open()
  const restorable = work === 'restore' ? (await session.backup('manual')).name : null
  for (;;) {
    note(work)
    if (restorable) await session.restore(restorable)
    else await session.backup('manual')
  }
}

type Place = 'journal' | 'backups' | 'export'
type BadDay = 'full disk' | 'read-only mount' | 'not ours'

/**
 * One call that meets a fault where it writes: a save (journal), "Back up now" (backups) or an export, with
 * the folder it writes to on a full or read-only disk, or owned by another account (the test makes that
 * folder, as root, before this runs as `nobody`). Then, for a disk that can be fixed here, the same call again.
 * The journal's own faults happen while Leap runs: a journal that had already been opened.
 */
export async function callOnBadDay({
  root,
  place,
  badDay
}: {
  root: string
  place: Place
  badDay: BadDay
}): Promise<{ failed: unknown; retried: unknown }> {
  const bad = join(root, 'bad')
  const good = join(root, 'good')
  if (badDay !== 'not ours') {
    mountSmallDisk(bad, '4M')
    mkdirSync(good, { recursive: true })
  }
  const journalPath = join(place === 'journal' ? bad : good, 'leap.sqlite')
  if (badDay !== 'not ours') closeJournal(openJournal(journalPath))
  if (badDay === 'read-only mount') remount(bad, 'ro')
  // Opened before the trouble, as by a Leap that was already running (openJournal would refuse it now).
  const journal: Journal =
    badDay === 'full disk'
      ? openJournal(journalPath)
      : { db: new Database(journalPath), path: journalPath, schemaVersion: LATEST_SCHEMA_VERSION }
  const session = Object.assign(new JournalSession({ dataDir: good, backupDir: bad }), { journal })
  const platform = stubPlatform({ chooseFolder: async () => bad })
  const dispatch = createSessionDispatch(session, {
    app: { name: 'Leap', version: 'test', dataDir: good },
    platform
  })
  const call = async () => {
    if (place === 'journal')
      return dispatch('members.create', { name: 'Ana Lima', notes: 'n'.repeat(150_000) })
    if (place === 'backups') return dispatch('backups.create', {})
    const started = (await dispatch('export.start', {
      scope: { kind: 'all' },
      settings: EXPORT_SETTINGS
    })) as {
      data: { jobId: string }
    }
    for (;;) {
      const status = (await dispatch('export.status', { jobId: started.data.jobId })) as {
        data: { state: string }
      }
      if (status.data.state !== 'running' && status.data.state !== 'choosing') return status
      await sleep(20)
    }
  }
  if (place === 'export') {
    for (let i = 0; i < 40; i += 1) {
      journal.db
        .prepare(
          `INSERT INTO reflections (id, kind, date, title, body, created_at, updated_at) VALUES (?, 'general', '2026-01-02', ?, ?, ?, ?)`
        )
        .run(
          randomUUID(),
          `Notes ${i}`,
          'words '.repeat(2_000),
          new Date().toISOString(),
          new Date().toISOString()
        )
    }
  }
  if (badDay === 'full disk') fillDisk(bad)
  const failed = await call()
  if (badDay === 'full disk') freeDisk(bad)
  if (badDay === 'read-only mount') remount(bad, 'rw')
  // A connection SQLite opened read-only stays so: the journal's own Try again is a new start (openFaults).
  const retried =
    badDay === 'not ours' || (place === 'journal' && badDay !== 'full disk') ? null : await call()
  journal.db.close()
  return { failed, retried }
}

const EXPORT_SETTINGS = {
  layout: 'per_reflection',
  obsidianLinks: false,
  onConflict: 'keep_both',
  includeExportedAt: false,
  privateFiles: true
}
