/**
 * npm run export -- --data-dir <dir> --out <folder> [--member <name or id>] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 *   [--tag <tag> ...] [--reflection <id>] [--layout per-reflection|per-member] [--obsidian]
 *   [--on-conflict keep-both|skip|overwrite] [--no-exported-at] [--shared-files] [--progress]
 * Exports reflections to markdown without Electron (backups, automation), through the same code as the app's
 * Export dialog. Reads the journal read-only; prints the summary as JSON.
 */
import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { journalPathIn, resolveDataDir } from '../src/main/config/paths'
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
    layout: { type: 'string', default: 'per-reflection' },
    obsidian: { type: 'boolean', default: false },
    'on-conflict': { type: 'string', default: 'keep-both' },
    'no-exported-at': { type: 'boolean', default: false },
    'shared-files': { type: 'boolean', default: false },
    progress: { type: 'boolean', default: false }
  }
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
  const db = openJournalForExport(journalPathIn(dataDir))
  const input = ExportStart.safeParse({
    scope: scopeOf(db),
    settings: {
      layout: values.layout.replace('-', '_'),
      obsidianLinks: values.obsidian,
      onConflict: values['on-conflict'].replace('-', '_'),
      includeExportedAt: !values['no-exported-at'],
      privateFiles: !values['shared-files']
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
