/**
 * npm run export -- --data-dir <dir> --out <folder> [--member <name or id>] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 *   [--tag <tag> ...] [--reflection <id>] [--layout per-reflection|per-member] [--[no-]obsidian]
 *   [--on-conflict keep-both|skip|overwrite] [--[no-]exported-at] [--[no-]shared-files] [--progress]
 * Exports reflections to markdown without Electron (backups, automation), through the same code as the app's
 * Export dialog. Reads the journal read-only; prints the summary as JSON. What is not given comes from the
 * export defaults in Settings (settings.json in the data folder), as in the app.
 */
import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { journalPathIn, resolveDataDir } from '../src/main/config/paths'
import { exportDefaultsIn } from '../src/main/config/settings'
import { exportSteps, openJournalForExport } from '../src/main/export/exportJournal'
import { ExportStart, type ExportScope } from '../src/shared/domain/export'
import { describeInvalidInput } from '../src/main/ipc/dispatch'
import type { Db } from '../src/main/db/open'

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    out: { type: 'string' },
    member: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    tag: { type: 'string', multiple: true },
    reflection: { type: 'string' },
    layout: { type: 'string' },
    obsidian: { type: 'boolean' },
    'on-conflict': { type: 'string', default: 'keep-both' },
    'exported-at': { type: 'boolean' },
    'shared-files': { type: 'boolean' },
    progress: { type: 'boolean', default: false }
  },
  allowNegative: true
})

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

if (!values.out) fail('Give the folder to export into: --out <folder>')
const dataDir = resolveDataDir(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], process.env, '')
if (!dataDir) fail('Give the journal folder: --data-dir <dir> (or set LEAP_DATA_DIR)')

/** --member takes a name (any case) or an id. */
function memberIdOf(db: Db, member: string): string {
  const id = db
    .prepare(
      'SELECT id FROM members WHERE deleted_at IS NULL AND (id = ? OR name = ? COLLATE NOCASE) LIMIT 2'
    )
    .pluck()
    .all(member, member) as string[]
  if (id.length !== 1)
    fail(id.length ? `More than one person is named "${member}": use the id.` : `No one named "${member}".`)
  return id[0]!
}

function scopeOf(db: Db): ExportScope {
  const memberId = values.member ? memberIdOf(db, values.member) : undefined
  if (values.reflection) return { kind: 'reflection', id: values.reflection }
  if (values.from || values.to || values.tag) {
    return { kind: 'range', from: values.from, to: values.to, memberId, tags: values.tag }
  }
  return memberId ? { kind: 'member', memberId } : { kind: 'all' }
}

try {
  const defaults = exportDefaultsIn(dataDir)
  const db = openJournalForExport(journalPathIn(dataDir))
  const input = ExportStart.safeParse({
    scope: scopeOf(db),
    settings: {
      layout: values.layout?.replace('-', '_') ?? defaults.layout,
      obsidianLinks: values.obsidian ?? defaults.obsidianLinks,
      onConflict: values['on-conflict'].replace('-', '_'),
      includeExportedAt: values['exported-at'] ?? defaults.includeExportedAt,
      privateFiles: values['shared-files'] === undefined ? defaults.privateFiles : !values['shared-files']
    }
  })
  if (!input.success) fail(describeInvalidInput(input.error).message)
  mkdirSync(values.out, { recursive: true })
  const steps = exportSteps({ db, folder: values.out, ...input.data })
  let step = steps.next()
  for (; !step.done; step = steps.next()) {
    if (values.progress && step.value.done % 100 === 0)
      console.error(`${step.value.done}/${step.value.total}`)
  }
  const summary = step.value
  db.close()
  console.log(JSON.stringify(summary, null, 2))
} catch (error) {
  fail((error as Error).message)
}
