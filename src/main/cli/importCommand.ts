import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ImportDecision } from '../../shared/domain/import'
import { LeapError } from '../../shared/ipc/envelope'
import { journalPathIn } from '../config/paths'
import { faultError } from '../faults/faults'
import type { Db } from '../db/open'
import { readCsv } from '../import/csv'
import { applyImport, previewImport, readMarkdown } from '../import/importFolder'
import { nameKey } from '../import/people'
import { sessionOptionsFor } from '../session/configure'
import { JournalSession } from '../session/session'
import type { CommandOptions } from './args'
import type { CliContext } from './run'

type Unknown = 'create' | 'general' | 'skip'
const UNKNOWN: readonly string[] = ['create', 'general', 'skip'] satisfies Unknown[]

/** --map "<name in the notes>=<person in Leap, by name or id>" */
function mappings(pairs: readonly string[]): [string, string][] {
  return pairs.map((pair) => {
    const at = pair.indexOf('=')
    if (at < 1 || at === pair.length - 1) {
      throw new LeapError(
        'invalid_input',
        `--map takes "<name in the notes>=<person in Leap>", not "${pair}".`
      )
    }
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
  })
}

/** What to do with each person the notes name and the journal does not know: --map first, else --unknown. */
function decisionsFor(
  db: Db,
  missing: readonly { key: string; name: string }[],
  map: [string, string][],
  unknown: Unknown
): ImportDecision[] {
  const members = db.prepare('SELECT id, name FROM members WHERE deleted_at IS NULL').all() as {
    id: string
    name: string
  }[]
  // A mapping that matches nobody would be dropped without a word, and its notes filed by --unknown instead.
  for (const [name] of map) {
    if (missing.some((person) => nameKey(person.name) === nameKey(name))) continue
    const unknownNames = missing.map((person) => `"${person.name}"`).join(', ')
    throw new LeapError(
      'invalid_input',
      `--map: the notes name no one called "${name}" whom your journal does not know. ` +
        (unknownNames ? `Those it does not know: ${unknownNames}.` : 'It knows everyone they name.')
    )
  }
  return missing.map((person) => {
    const target = map.find(([name]) => nameKey(name) === nameKey(person.name))?.[1]
    if (target === undefined) return { key: person.key, action: unknown }
    const found = members.filter((m) => m.id === target || nameKey(m.name) === nameKey(target))
    if (found.length !== 1) {
      throw new LeapError(
        'not_found',
        found.length ? `More than one person is named "${target}": use the id.` : `No one named "${target}".`
      )
    }
    return { key: person.key, action: 'map', memberId: found[0]!.id }
  })
}

/**
 * Imports a folder of markdown (Leap's export, Obsidian, any editor) or a team CSV through the same code as
 * the app: the preview, a backup, then one transaction. --dry-run stops after the preview.
 */
export async function runImportCommand(
  options: CommandOptions<'import'>,
  context: CliContext
): Promise<unknown> {
  if (!options.from) {
    throw new LeapError('invalid_input', 'Give the folder (or CSV file) to import: --from <folder>')
  }
  const dataDir = context.dataDir(options['data-dir'])
  if (!dataDir) {
    throw new LeapError(
      'invalid_input',
      'Give the journal folder: --data-dir <folder> (or set LEAP_DATA_DIR)'
    )
  }
  // A journal folder named that is not there is more often a typo than a new journal: the import would go
  // into a journal nobody looks at. An empty folder made for it says a new journal is meant.
  if (options['data-dir'] !== undefined && !existsSync(dataDir)) {
    throw new LeapError(
      'not_found',
      `There is no folder ${dataDir}. Check the journal folder you gave; to import into a new journal, make the folder first.`
    )
  }
  const unknown = options.unknown ?? 'create'
  if (!UNKNOWN.includes(unknown)) {
    throw new LeapError(
      'invalid_input',
      '--unknown takes create, general or skip: what to do with people the journal does not know.'
    )
  }
  const map = mappings(options.map ?? [])
  // A preview where there is no journal yet is made against an empty one of its own, removed after: --dry-run
  // writes nothing where the journal would be.
  const previewDir =
    options['dry-run'] && !existsSync(journalPathIn(dataDir))
      ? mkdtempSync(join(tmpdir(), 'leap-preview-'))
      : null
  const session = new JournalSession(
    sessionOptionsFor({
      dataDir: previewDir ?? dataDir,
      argv: options['backup-dir'] ? ['--backup-dir', options['backup-dir']] : [],
      env: context.env,
      platform: process.platform,
      home: homedir(),
      warn: context.stderr
    })
  ).open()
  try {
    const journal = session.journal
    if (!journal)
      throw new LeapError(
        'journal_unavailable',
        session.problem?.message ?? 'The journal could not be opened.'
      )
    const read = /\.(csv|tsv|txt)$/iu.test(options.from) ? readCsv(options.from) : readMarkdown(options.from)
    const missing = previewImport(journal.db, read).people.filter((person) => person.status === 'missing')
    const decisions = decisionsFor(journal.db, missing, map, unknown as Unknown)
    if (options['dry-run']) {
      return { location: read.location, dryRun: true, ...previewImport(journal.db, read, decisions) }
    }
    const backup = await session.backup('before-import')
    try {
      // Where the backup went: the journal's backup folder, which need not be beside --data-dir.
      const saved = { backup: backup.name, backupFolder: session.backupDir }
      return { location: read.location, ...saved, ...applyImport(journal.db, read, decisions) }
    } catch (error) {
      // One transaction: a journal another program holds, or a full disk, leaves it as it was.
      const where = `your journal (${journal.path})`
      throw (
        faultError(error, { outcome: 'Nothing was imported', where, after: 'Your journal is as it was.' }) ??
        error
      )
    }
  } finally {
    session.close()
    if (previewDir) rmSync(previewDir, { recursive: true, force: true })
  }
}
