import {
  closeSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import type { ExportSettings } from '../../shared/domain/export'
import { inlineQueue, threadQueue, type FileModes, type FileQueue } from './fileQueue'
import { EXPORTED_AT_KEY } from './markdown'
import { PathAllocator, folderResolver, resolveInside } from './names'
import { userAdditions, withUserAdditions } from './userAdditions'

export type FileOutcome =
  | { kind: 'written' | 'updated' | 'unchanged'; path: string }
  | { kind: 'skipped'; path: string; reason: string }

/** Where export writes. Both kinds hand out names through one allocator, so clashes resolve the same way. */
export interface ExportSink {
  /**
   * Writes `content` as `<folder>/<base>.md` (or a " (n)" variant); `id` marks the file as Leap's, and
   * `leapKeys` are the properties Leap owns in it (the user's others are kept when the file is written again).
   */
  write(folder: string, base: string, content: string, id: string, leapKeys: ReadonlySet<string>): FileOutcome
  /** Makes everything written visible. */
  commit(): void
  /** See FileQueue.behind: how a caller that must not block waits for the disk instead. */
  behind(beforeCommit: boolean): (() => Promise<void>) | null
  /** Removes whatever is not committed (temp files hold private text). */
  abort(): void
}

const STAGING_PREFIX = '.leap-export-'
const TEMP_SUFFIX = '.leap-tmp'

const modesFor = (settings: Pick<ExportSettings, 'privateFiles'>): FileModes =>
  settings.privateFiles ? { file: 0o600, dir: 0o700 } : { file: 0o644, dir: 0o755 }

/** From this many files, a first export writes them on a second thread (see fileQueue.ts). */
export const WRITE_THREAD_FROM = 500

/**
 * Picks the sink: a first export into a folder (no `top` folder yet) goes to a hidden staging folder with plain
 * writes and appears in one rename, as fast as `writeFileSync` and all-or-nothing if killed; an export into a
 * folder that already has one works file by file (temp file, then link or rename), touching only what changed.
 * `writeInThread` overrides the choice made from `expectedFiles` (tests use it to run both ways).
 */
export function openSink(
  root: string,
  top: string,
  settings: ExportSettings,
  { expectedFiles, writeInThread }: { expectedFiles: number; writeInThread?: boolean }
): ExportSink {
  removeOrphans(root, top)
  const exists = lstatOrNull(join(root, top))
  if (exists && !exists.isDirectory()) throw new Error(`${join(root, top)} is not a folder.`)
  if (exists) return new InPlaceSink(root, top, settings)
  const modes = modesFor(settings)
  const threaded = writeInThread ?? expectedFiles >= WRITE_THREAD_FROM
  return new StagingSink(root, top, () => (threaded ? threadQueue(modes) : inlineQueue(modes)))
}

class StagingSink implements ExportSink {
  private readonly staging: string
  private readonly allocator = new PathAllocator()
  private readonly files: FileQueue
  private readonly inside: ReturnType<typeof folderResolver>

  constructor(
    private readonly root: string,
    private readonly top: string,
    openQueue: () => FileQueue
  ) {
    this.staging = mkdtempSync(join(root, STAGING_PREFIX))
    this.inside = folderResolver(this.staging)
    this.files = openQueue()
  }

  write(folder: string, base: string, content: string): FileOutcome {
    const path = this.allocator.take(folder, base)
    const target = this.inside(folder, path.slice(folder.length + 1))
    if (!target) return { kind: 'skipped', path, reason: 'The name leads outside the export folder.' }
    this.files.add(target, content)
    return { kind: 'written', path }
  }

  behind(beforeCommit: boolean): (() => Promise<void>) | null {
    return this.files.behind(beforeCommit)
  }

  commit(): void {
    this.files.finish()
    // Fails (and the staging folder is removed by abort) if a folder of that name appeared meanwhile.
    renameSync(join(this.staging, this.top), join(this.root, this.top))
    rmSync(this.staging, { recursive: true, force: true })
  }

  abort(): void {
    this.files.stop()
    rmSync(this.staging, { recursive: true, force: true })
  }
}

class InPlaceSink implements ExportSink {
  private readonly allocator = new PathAllocator()
  private readonly modes: FileModes
  /** The files Leap wrote before under `top`, by the id in their front matter. */
  private readonly leapFiles: Map<string, string>
  private temp: string | null = null

  constructor(
    private readonly root: string,
    top: string,
    private readonly settings: ExportSettings
  ) {
    this.modes = modesFor(settings)
    this.leapFiles = scanLeapFiles(root, top)
  }

  write(folder: string, base: string, fresh: string, id: string, leapKeys: ReadonlySet<string>): FileOutcome {
    const previous = this.leapFiles.get(id)
    let content = fresh
    for (;;) {
      const path = this.allocator.take(folder, base)
      const target = resolveInside(this.root, path)
      if (!target) return { kind: 'skipped', path, reason: 'The name leads outside the export folder.' }
      const linked = linkedFolder(this.root, dirname(path))
      if (linked) return { kind: 'skipped', path, reason: `${linked} is a link; Leap does not follow links.` }
      const existing = lstatOrNull(target)
      const ours = previous === path
      if (existing?.isSymbolicLink()) {
        if (this.settings.onConflict === 'keep_both') continue
        return { kind: 'skipped', path, reason: 'A link has this name; Leap does not follow links.' }
      }
      if (existing && !existing.isFile()) continue
      if (existing && !ours) {
        if (this.settings.onConflict === 'keep_both') continue
        if (this.settings.onConflict === 'skip') {
          return { kind: 'skipped', path, reason: 'A file with this name exists (not written by Leap).' }
        }
      }
      // What the user added to Leap's earlier file (this one, or the old name of a renamed reflection) stays.
      const earlier = existing && ours ? target : previous ? join(this.root, previous) : null
      if (earlier && lstatOrNull(earlier)?.isFile()) {
        const before = readFileSync(earlier, 'utf8')
        const additions = userAdditions(before, leapKeys)
        if (!additions) {
          return { kind: 'skipped', path, reason: 'Its properties cannot be read, so Leap left it as it is.' }
        }
        content = withUserAdditions(fresh, additions)
        if (earlier === target && sameIgnoringStamp(before, content)) return { kind: 'unchanged', path }
      }
      this.replaceOrCreate(target, content, Boolean(existing))
      // The reflection was renamed since the last export: its old file (Leap's, same id) goes.
      if (previous && previous !== path) removeIfFile(join(this.root, previous))
      return { kind: existing || previous ? 'updated' : 'written', path }
    }
  }

  private replaceOrCreate(target: string, content: string, replace: boolean): void {
    mkdirSync(dirname(target), { recursive: true, mode: this.modes.dir })
    const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
    this.temp = temp
    try {
      writeFileSync(temp, content, { flag: 'wx', mode: this.modes.file })
      if (replace) renameSync(temp, target)
      else {
        // link() never replaces: a file created meanwhile makes this fail with EEXIST instead of being lost.
        linkSync(temp, target)
        unlinkSync(temp)
      }
    } finally {
      removeIfFile(temp)
      this.temp = null
    }
  }

  commit(): void {}

  behind(): null {
    return null
  }

  abort(): void {
    if (this.temp) removeIfFile(this.temp)
  }
}

/** Content equal apart from the `exported-at` line: a re-export then leaves an unchanged file alone. */
function sameIgnoringStamp(a: string, b: string): boolean {
  const strip = (text: string) => text.replace(new RegExp(`^${EXPORTED_AT_KEY}: .*\\n`, 'mu'), '')
  return a === b || strip(a) === strip(b)
}

/** The first folder on the way from `root` to `folder` that is a symbolic link, if any. */
function linkedFolder(root: string, folder: string): string | null {
  let path = root
  for (const part of folder.split('/')) {
    if (part === '' || part === '.') continue
    path = join(path, part)
    const stat = lstatOrNull(path)
    if (!stat) return null
    if (stat.isSymbolicLink()) return path
  }
  return null
}

const ID_LINE = /^id: "([^"\n]+)"$/mu

/** id -> relative path of every markdown file under `top` whose front matter Leap wrote (first 64 KB). */
function scanLeapFiles(root: string, top: string): Map<string, string> {
  const found = new Map<string, string>()
  // The whole front matter of any note Leap writes fits (a reflection's can list many delegations).
  const head = Buffer.alloc(64 * 1024)
  for (const entry of readdirSync(join(root, top), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue
    const path = join(entry.parentPath, entry.name)
    const fd = openSync(path, 'r')
    let text: string
    try {
      text = head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0))
    } finally {
      closeSync(fd)
    }
    const end = text.startsWith('---\n') ? text.indexOf('\n---\n', 3) : -1
    const id = end > 0 ? ID_LINE.exec(text.slice(0, end))?.[1] : undefined
    if (id)
      found.set(
        id,
        path
          .slice(root.length + 1)
          .split('\\')
          .join('/')
      )
  }
  return found
}

/** Staging folders and temp files of an export that was killed: they hold private text. */
function removeOrphans(root: string, top: string): void {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name.startsWith(STAGING_PREFIX)) {
      rmSync(join(root, entry.name), { recursive: true, force: true })
    }
  }
  if (!lstatOrNull(join(root, top))?.isDirectory()) return
  for (const entry of readdirSync(join(root, top), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(TEMP_SUFFIX)) removeIfFile(join(entry.parentPath, entry.name))
  }
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function removeIfFile(path: string): void {
  if (lstatOrNull(path)?.isFile()) unlinkSync(path)
}
