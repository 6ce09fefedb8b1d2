/**
 * npm run -s import -- --data-dir <dir> --from <folder or file.csv> [--dry-run] [--map "<name in notes>=<person>" ...]
 *   [--unknown create|general|skip] [--backup-dir <dir>]
 * Imports a folder of markdown (Leap's export, Obsidian, any editor) or a team CSV without Electron, through the
 * same code as the app: the preview, a backup, then one transaction. Prints the outcome as JSON.
 */
import { homedir } from 'node:os'
import { parseArgs } from 'node:util'
import type { ImportDecision } from '../src/shared/domain/import'
import { resolveDataDir } from '../src/main/config/paths'
import { readCsv } from '../src/main/import/csv'
import { applyImport, previewImport, readMarkdown } from '../src/main/import/importFolder'
import { nameKey } from '../src/main/import/people'
import { sessionOptionsFor } from '../src/main/session/configure'
import { JournalSession } from '../src/main/session/session'

interface ImportArgs {
  dataDir: string
  from: string
  dryRun: boolean
  /** "<name in the notes>" -> "<person in the journal, by name or id>" */
  map: [string, string][]
  unknown: 'create' | 'general' | 'skip'
}

/** The command line, checked; every mistake is one sentence (kept in one place for a shared parser later). */
function importArgs(argv: string[], env: NodeJS.ProcessEnv): ImportArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      'backup-dir': { type: 'string' },
      from: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      map: { type: 'string', multiple: true, default: [] },
      unknown: { type: 'string', default: 'create' }
    }
  })
  if (!values.from) fail('Give the folder (or CSV file) to import: --from <folder>')
  const dataDir = resolveDataDir(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], env, '')
  if (!dataDir) fail('Give the journal folder: --data-dir <dir> (or set LEAP_DATA_DIR)')
  if (!['create', 'general', 'skip'].includes(values.unknown))
    fail('--unknown takes create, general or skip: what to do with people the journal does not know.')
  const map = values.map.map((pair): [string, string] => {
    const at = pair.indexOf('=')
    if (at < 1 || at === pair.length - 1)
      fail(`--map takes "<name in the notes>=<person in Leap>", not "${pair}".`)
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
  })
  return {
    dataDir,
    from: values.from,
    dryRun: values['dry-run'],
    map,
    unknown: values.unknown as ImportArgs['unknown']
  }
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const args = importArgs(process.argv.slice(2), process.env)
const session = new JournalSession(
  sessionOptionsFor({
    dataDir: args.dataDir,
    argv: process.argv,
    env: process.env,
    platform: process.platform,
    home: homedir(),
    warn: (message) => console.error(message)
  })
).open()
try {
  const journal = session.journal
  if (!journal) throw new Error(session.problem?.message ?? 'The journal could not be opened.')
  const read = /\.(csv|tsv|txt)$/iu.test(args.from) ? readCsv(args.from) : readMarkdown(args.from)
  const preview = previewImport(journal.db, read)
  const members = journal.db.prepare('SELECT id, name FROM members WHERE deleted_at IS NULL').all() as {
    id: string
    name: string
  }[]
  const decisions: ImportDecision[] = preview.people
    .filter((person) => person.status === 'missing')
    .map((person) => {
      const target = args.map.find(([name]) => nameKey(name) === nameKey(person.name))?.[1]
      if (target === undefined) return { key: person.key, action: args.unknown }
      const found = members.filter((m) => m.id === target || nameKey(m.name) === nameKey(target))
      if (found.length !== 1)
        throw new Error(
          found.length
            ? `More than one person is named "${target}": use the id.`
            : `No one named "${target}".`
        )
      return { key: person.key, action: 'map', memberId: found[0]!.id }
    })
  if (args.dryRun) {
    console.log(
      JSON.stringify(
        { location: read.location, dryRun: true, ...previewImport(journal.db, read, decisions) },
        null,
        2
      )
    )
  } else {
    const backup = await session.backup('before-import')
    const outcome = applyImport(journal.db, read, decisions)
    console.log(JSON.stringify({ location: read.location, backup: backup.name, ...outcome }, null, 2))
  }
} catch (error) {
  // Not fail(): the finally must close the journal first.
  console.error((error as Error).message)
  process.exitCode = 1
} finally {
  session.close()
}
