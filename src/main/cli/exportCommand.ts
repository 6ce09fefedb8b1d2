import { existsSync, mkdirSync, rmdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { ExportStart, type ExportScope } from '../../shared/domain/export'
import { LeapError } from '../../shared/ipc/envelope'
import { journalPathIn } from '../config/paths'
import { exportDefaultsIn } from '../config/settings'
import type { Db } from '../db/open'
import { exportSteps, openJournalForExport } from '../export/exportJournal'
import { faultError } from '../faults/faults'
import { nameKey } from '../import/people'
import type { CommandOptions } from './args'
import type { CliContext } from './run'

/**
 * --member takes an id, or a name as import matches names: case, accents and spacing ignored ("hana nguyen"
 * finds "Hana Nguyễn", however the terminal composed it).
 */
function memberIdOf(db: Db, member: string): string {
  const people = db.prepare('SELECT id, name FROM members WHERE deleted_at IS NULL').all() as {
    id: string
    name: string
  }[]
  const wanted = nameKey(member)
  const ids = people.some(({ id }) => id === member)
    ? [member]
    : people.filter(({ name }) => nameKey(name) === wanted).map(({ id }) => id)
  if (ids.length > 1)
    throw new LeapError('not_found', `More than one person is named "${member}": use the id.`)
  if (ids.length === 0) {
    // "Ana" for "Ana Lima": the names that hold what was typed.
    const near = people.filter(({ name }) => wanted !== '' && nameKey(name).includes(wanted)).slice(0, 3)
    const hint = near.length ? ` Did you mean ${near.map(({ name }) => `"${name}"`).join(', ')}?` : ''
    throw new LeapError('not_found', `No one named "${member}".${hint}`)
  }
  return ids[0]!
}

function scopeOf(db: Db, options: CommandOptions<'export'>): ExportScope {
  const memberId = options.member ? memberIdOf(db, options.member) : undefined
  if (options.reflection) return { kind: 'reflection', id: options.reflection }
  if (options.from || options.to || options.tag) {
    return { kind: 'range', from: options.from, to: options.to, memberId, tags: options.tag }
  }
  return memberId ? { kind: 'member', memberId } : { kind: 'all' }
}

/** A tag typed wrong would export nothing and say nothing (the journal's tags ignore case, as the match does). */
function refuseUnknownTags(db: Db, scope: ExportScope): void {
  if (scope.kind !== 'range') return
  const known = db.prepare('SELECT 1 FROM tags WHERE name = ?').pluck()
  const unknown = scope.tags?.find((tag) => known.get(tag) === undefined)
  if (unknown !== undefined) throw new LeapError('not_found', `--tag: this journal has no tag "${unknown}".`)
}

/** The option a refused field came from: the terminal speaks of --from, not of the request's `scope.from`. */
const OPTION_OF: Record<string, string> = {
  'scope.from': '--from',
  'scope.to': '--to',
  'scope.tags': '--tag',
  'scope.id': '--reflection',
  'scope.memberId': '--member'
}

/** The window's sentences name its buttons ("keep both"); the terminal's name what to type. */
const TERMINAL_CHOICES: Record<string, string> = {
  'settings.layout': '--layout takes per-reflection or per-member.',
  'settings.onConflict': '--on-conflict takes keep-both, skip or overwrite.'
}

/** A --out that cannot be a folder, by what mkdir answered. */
const NOT_A_FOLDER: Record<string, (out: string) => string> = {
  EEXIST: (out) => `${out} is a file, not a folder. Choose a folder.`,
  ENOTDIR: (out) => `${out} cannot be a folder: a part of it is a file. Choose a folder.`,
  ENAMETOOLONG: (out) => `${out} is too long a name for this disk. Choose a shorter one.`
}

/**
 * Makes the folder to export into and returns the first folder it made, if any. What stops it is said in
 * words, as the export's own faults are: it comes before the export, whose sentences would otherwise never
 * cover it ("EACCES: permission denied, mkdir").
 */
function makeFolder(out: string): string | undefined {
  try {
    try {
      const made = mkdirSync(out, { recursive: true })
      return made === undefined ? undefined : resolve(made)
    } catch (error) {
      // Node's recursive mkdir answers ENOENT where a part cannot be made (on a read-only disk, say): making
      // the parts one by one gets the reason.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      return makeOneByOne(resolve(out))
    }
  } catch (error) {
    const { code, path } = error as NodeJS.ErrnoException
    const notAFolder = NOT_A_FOLDER[code ?? '']
    if (notAFolder) throw new LeapError('invalid_input', notAFolder(out))
    const where = { outcome: 'The export did not start', where: `the folder ${path ?? resolve(out)}` }
    throw faultError(error, { ...where, after: 'Nothing was written.' }) ?? error
  }
}

function makeOneByOne(folder: string): string | undefined {
  const missing: string[] = []
  for (let part = folder; !existsSync(part); part = dirname(part)) missing.unshift(part)
  for (const part of missing) mkdirSync(part)
  return missing[0]
}

/** After a failed export, the folders made for it go again if they are still empty. */
function removeEmptyFolders(out: string, firstMade: string | undefined): void {
  if (!firstMade) return
  for (let folder = resolve(out); folder.startsWith(firstMade); folder = dirname(folder)) {
    try {
      rmdirSync(folder)
    } catch {
      return
    }
  }
}

/** Reads the journal read-only (so another Leap may have it open), writes the files, returns the summary. */
export function runExportCommand(options: CommandOptions<'export'>, context: CliContext): unknown {
  if (!options.out) throw new LeapError('invalid_input', 'Give the folder to export into: --out <folder>')
  const dataDir = context.dataDir(options['data-dir'])
  if (!dataDir)
    throw new LeapError(
      'invalid_input',
      'Give the journal folder: --data-dir <folder> (or set LEAP_DATA_DIR)'
    )
  // What is left out comes from the export defaults in Settings, as in the app's Export dialog.
  const defaults = exportDefaultsIn(dataDir)
  const db = openJournalForExport(journalPathIn(dataDir))
  try {
    const input = ExportStart.safeParse({
      scope: scopeOf(db, options),
      settings: {
        layout: options.layout?.replace('-', '_') ?? defaults.layout,
        obsidianLinks: options.obsidian ?? defaults.obsidianLinks,
        onConflict: options['on-conflict']?.replace('-', '_') ?? 'keep_both',
        includeExportedAt: options['exported-at'] ?? defaults.includeExportedAt,
        privateFiles:
          options['shared-files'] === undefined ? defaults.privateFiles : !options['shared-files'],
        includePredictions: options.predictions ?? defaults.includePredictions
      }
    })
    if (!input.success) {
      const [issue] = input.error.issues
      const field = issue?.path.slice(0, 2).join('.') ?? ''
      const where = OPTION_OF[field] ?? field
      throw new LeapError(
        'invalid_input',
        TERMINAL_CHOICES[field] ??
          `${where ? `${where}: ` : ''}${issue?.message ?? 'The options are not valid.'}`
      )
    }
    refuseUnknownTags(db, input.data.scope)
    const firstMade = makeFolder(options.out)
    try {
      const steps = exportSteps({ db, folder: options.out, ...input.data })
      let step = steps.next()
      for (; !step.done; step = steps.next()) {
        if (options.progress && step.value.done % 100 === 0)
          context.stderr(`${step.value.done}/${step.value.total}`)
      }
      return step.value
    } catch (error) {
      removeEmptyFolders(options.out, firstMade)
      throw error
    }
  } finally {
    db.close()
  }
}
