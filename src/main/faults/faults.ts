import { randomUUID } from 'node:crypto'
import { accessSync, closeSync, constants, openSync, rmSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { LeapError, type FaultCode } from '../../shared/ipc/envelope'

/**
 * Faults of the user's machine (docs/RELIABILITY.md F4): a full disk, read-only media, a file Leap may not
 * use, another program holding the journal's lock. Each gets its own code and a sentence that says what
 * happened and what to do; raw `ENOSPC ... write` or "attempt to write a readonly database" never reaches
 * a screen. Every place that touches the disk (the dispatcher, export, backups, restore, opening) maps its
 * errors here, once.
 */

/** Node's errno codes whose meaning is certain. */
const ERRNO_FAULTS: Record<string, FaultCode> = {
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  EROFS: 'read_only',
  EACCES: 'permission',
  EPERM: 'permission',
  EBUSY: 'busy'
}

/**
 * SQLite's codes (better-sqlite3 gives the extended one, e.g. SQLITE_READONLY_DIRECTORY). Some are certain;
 * others (READONLY, CANTOPEN, IOERR_*) only say that the file could not be opened or written, and SQLite
 * does not pass on why: a file opened read-write that the OS refused is silently opened read-only, and a
 * full disk while growing the -shm index is an IOERR. Those are diagnosed by probing the disk (probeFault).
 */
function sqliteFault(code: string): FaultCode | 'probe' | null {
  if (code === 'SQLITE_FULL') return 'disk_full'
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy'
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) return 'probe'
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'probe'
  return null
}

/** Where the failing file lives: probed when SQLite's code does not say why. */
export interface FaultPlace {
  folder: string
  /** The file itself, when there is one (the journal); its own mode and owner are checked. */
  file?: string
}

/** The fault behind an error, or null when it is not one of the machine's (a bug, damage, a bad input). */
export function faultOf(error: unknown, place?: FaultPlace): FaultCode | null {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  const known = ERRNO_FAULTS[code] ?? (code.startsWith('SQLITE_') ? sqliteFault(code) : null)
  if (known !== 'probe') return known
  return place ? probeFault(place) : null
}

/** Bytes the probe writes: enough to meet a disk that is full to the last few blocks. */
const PROBE_BYTES = 64 * 1024

/**
 * Finds out what stops Leap from writing at `place`, by doing what SQLite would do: write a small file in the
 * folder (then remove it), and check the file's own permissions. Null when nothing is in the way.
 */
export function probeFault({ folder, file }: FaultPlace): FaultCode | null {
  const blocked = accessFault(folder, constants.W_OK | constants.X_OK)
  if (blocked) return blocked
  if (file) {
    const fault = accessFault(file, constants.R_OK | constants.W_OK)
    if (fault) return fault
  }
  const probe = join(folder, `.leap-probe-${randomUUID()}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(probe, 'wx', 0o600)
    writeSync(fd, Buffer.alloc(PROBE_BYTES))
    return null
  } catch (error) {
    return ERRNO_FAULTS[(error as NodeJS.ErrnoException).code ?? ''] ?? null
  } finally {
    if (fd !== undefined) closeSync(fd)
    rmSync(probe, { force: true })
  }
}

/**
 * Whether Leap may use a file or folder as `mode` asks, without writing: a missing one is no fault (it is
 * made), a read-only disk answers EROFS, and one the user's own account owns but took write permission
 * from was made read-only on purpose, where one another account owns is a matter of permission.
 */
export function accessFault(path: string, mode: number): FaultCode | null {
  try {
    accessSync(path, mode)
    return null
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (code === 'ENOENT') return null
    if (code !== 'EACCES' && code !== 'EPERM') return ERRNO_FAULTS[code] ?? null
    const stat = statSync(path)
    const ours = process.getuid === undefined || stat.uid === process.getuid()
    return ours && (stat.mode & 0o400) !== 0 ? 'read_only' : 'permission'
  }
}

/** What a fault sentence is about: what did not happen, the thing in the way, and what is still true. */
export interface FaultContext {
  /** "Not saved", "The backup was not written", "The export stopped". */
  outcome: string
  /** "your journal (/home/ana/.config/Leap/leap.sqlite)", "the folder /home/ana/Notes". */
  where: string
  /** "Nothing was changed.", "Files already in place are whole." */
  after: string
}

const CAUSE: Record<FaultCode, (where: string) => string> = {
  disk_full: (where) => `the disk that holds ${where} is full`,
  read_only: (where) => `${where} can only be read (a read-only disk, folder or file)`,
  permission: (where) => `Leap is not allowed to use ${where} (its owner or permissions have changed)`,
  busy: (where) =>
    `another program is using ${where} (a second copy of Leap, Leap's command line or a backup tool)`
}

const TODO: Record<FaultCode, string> = {
  disk_full: 'Free some space on that disk, then try again.',
  read_only: 'Make it writable, or move it to a disk you can write to, then try again.',
  permission: 'Give your user account read and write access to it, then try again.',
  busy: 'Close that program or wait until it has finished, then try again.'
}

export function faultMessage(fault: FaultCode, { outcome, where, after }: FaultContext): string {
  return `${outcome}: ${CAUSE[fault](where)}. ${after} ${TODO[fault]}`
}

/** The error as a fault a user can act on, or null when it is not one. */
export function faultError(error: unknown, context: FaultContext, place?: FaultPlace): LeapError | null {
  if (error instanceof LeapError) return error
  const fault = faultOf(error, place)
  return fault ? new LeapError(fault, faultMessage(fault, context)) : null
}

/** Runs `work`; a fault it meets is thrown as its LeapError, anything else as it was. */
export async function withFaults<T>(
  work: () => Promise<T> | T,
  context: FaultContext,
  place?: FaultPlace
): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw faultError(error, context, place) ?? error
  }
}
