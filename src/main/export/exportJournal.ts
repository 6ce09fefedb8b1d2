import { constants, existsSync, realpathSync, statSync } from 'node:fs'
import { dirname, posix } from 'node:path'
import type { ExportScope, ExportSettings, ExportSummary } from '../../shared/domain/export'
import { LeapError } from '../../shared/ipc/envelope'
import Database from 'better-sqlite3'
import { BUSY_TIMEOUT_MS, LATEST_SCHEMA_VERSION, type Db } from '../db/open'
import { accessFault, faultError, faultMessage } from '../faults/faults'
import {
  REFLECTION_KEYS,
  linkLine,
  reflectionMarkdown,
  type ExportRow,
  type IndexEntry,
  type ReflectionLinks,
  type RenderOptions
} from './markdown'
import { DELEGATION_KEYS, PERSON_KEYS, delegationMarkdown, memberFileMarkdown, personMarkdown } from './notes'
import { delegationFileBase, reflectionFileBase, safeSegment } from './names'
import { delegationsOf, membersInScope, personOf, reflectionsOf } from './rows'
import { Lines } from './lines'
import { openSink, type ExportSink, type FileOutcome } from './writer'

export interface ExportRequest {
  /** A connection used by this export alone (it streams rows with an open statement). */
  db: Db
  folder: string
  scope: ExportScope
  settings: ExportSettings
  /** The export's timestamp (a test or the CLI may fix it); ignored when settings.includeExportedAt is off. */
  now?: () => Date
  /** Write a first export's files on a second thread; by default from WRITE_THREAD_FROM files (writer.ts). */
  writeInThread?: boolean
}

export interface ExportProgress {
  done: number
  total: number
  /**
   * Set when the disk is behind: a caller that must not block (the app's main thread) awaits it before the
   * next step, which would otherwise wait for the disk synchronously. Others ignore it.
   */
  waitForDisk?: () => Promise<void>
}

const TOP = { per_reflection: 'Reflections', per_member: 'Members' } as const
const MAX_LISTED_SKIPS = 50

/**
 * The export, as steps: yields progress after each reflection and returns the summary. The CLI runs it to the
 * end in one go (runExport); the app runs it a slice at a time so progress and cancel answer (jobs.ts).
 * Stopping it early (`return()`) removes everything not yet made visible.
 *
 * It reads one snapshot of the journal (one read transaction): what is counted is what is written, so the
 * progress never passes its total while the app keeps writing. A fault of the disk (full, read-only, not
 * the user's) stops it with its own sentence (docs/RELIABILITY.md X8, F4).
 */
export function* exportSteps(request: ExportRequest): Generator<ExportProgress, ExportSummary> {
  const { db } = request
  const root = chosenFolder(request.folder)
  const snapshot = !db.inTransaction
  if (snapshot) db.exec('BEGIN')
  try {
    return yield* exportFrom(request, root)
  } catch (error) {
    throw (
      faultError(
        error,
        {
          outcome: 'The export stopped',
          where: `the folder ${root}`,
          after: 'Files already in place are whole; nothing half-written is left.'
        },
        { folder: root }
      ) ?? error
    )
  } finally {
    if (snapshot && db.inTransaction) db.exec('COMMIT')
  }
}

function* exportFrom(request: ExportRequest, root: string): Generator<ExportProgress, ExportSummary> {
  const { db, scope, settings } = request
  const members = membersInScope(db, scope)
  const total = members.reduce((sum, member) => sum + member.count, 0)
  if (scope.kind === 'reflection' && total === 0) {
    throw new LeapError('not_found', 'This reflection no longer exists.')
  }
  const render: RenderOptions = {
    obsidianLinks: settings.obsidianLinks,
    exportedAt: settings.includeExportedAt ? (request.now?.() ?? new Date()).toISOString() : null,
    predictions: settings.includePredictions
  }
  const summary: ExportSummary = { folder: root, total, written: 0, updated: 0, unchanged: 0, skipped: [] }
  const count = (outcome: FileOutcome) => {
    if (outcome.kind !== 'skipped') summary[outcome.kind] += 1
    else if (summary.skipped.length < MAX_LISTED_SKIPS)
      summary.skipped.push({ path: outcome.path, reason: outcome.reason })
  }
  if (total === 0) return summary

  const top = TOP[settings.layout]
  const sink = openSink(root, top, settings, { expectedFiles: total, writeInThread: request.writeInThread })
  let committed = false
  try {
    let done = 0
    // A person's note and their delegations' notes for one person or everything; a date range or a single
    // reflection would otherwise shrink a note to the few links it exported.
    const withNotes = scope.kind === 'member' || scope.kind === 'all'
    // A person's own fields go into their note or their one file; a range's reflections need only the name.
    const needsPerson = withNotes || settings.layout === 'per_member'
    // One for the whole export, emptied by each person's note (see Lines).
    const index = new Lines()
    for (const member of members) {
      const { id } = member
      const name = member.name === null ? null : (safeSegment(member.name) ?? id)
      // The person is read after their reflections: held through them, their feedback and items outlived
      // V8's young generation and grew the old one with every person (and so the export's peak memory).
      const person = () => (id && needsPerson ? personOf(db, id) : null)
      const delegations = () =>
        withNotes && id !== null
          ? writeDelegations(db, sink, top, { id, name: member.name }, name, render, count)
          : []
      const rows = reflectionsOf(db, scope, id)
      if (settings.layout === 'per_member') {
        const kept: ExportRow[] = []
        for (const row of rows) {
          kept.push(row)
          yield { done: (done += 1), total, waitForDisk: sink.behind(false) ?? undefined }
        }
        const content = memberFileMarkdown(person(), kept, render)
        count(sink.write(top, name ?? 'General reflections', content, id ?? 'general', PERSON_KEYS))
        delegations()
        continue
      }
      const links: ReflectionLinks = {
        member: name,
        delegation: (delegation) => delegationFileBase(member.name, delegation)
      }
      const noted = withNotes && id !== null
      for (const row of rows) {
        const folder = `${top}/${row.date.slice(0, 4)}`
        const content = reflectionMarkdown(row, render, links)
        const outcome = sink.write(folder, reflectionFileBase(row), content, row.id, REFLECTION_KEYS)
        count(outcome)
        if (noted && outcome.kind !== 'skipped')
          index.add(linkLine(indexEntry(row, outcome.path, top), render.obsidianLinks))
        yield { done: (done += 1), total, waitForDisk: sink.behind(false) ?? undefined }
      }
      const note = noted ? person() : null
      if (note && name !== null) {
        const lists = { delegations: delegations().join('\n'), reflections: index.take() }
        count(sink.write(`${top}/People`, name, personMarkdown(note, lists, render), note.id, PERSON_KEYS))
      }
    }
    const settling = sink.behind(true)
    if (settling) yield { done, total, waitForDisk: settling }
    sink.commit()
    committed = true
    return summary
  } finally {
    if (!committed) sink.abort()
  }
}

/** A person's delegation notes; returns their links (linkLine's lines) for the person's note. */
function writeDelegations(
  db: Db,
  sink: ExportSink,
  top: string,
  person: { id: string; name: string | null },
  memberLink: string | null,
  render: RenderOptions,
  count: (outcome: FileOutcome) => void
): string[] {
  const lines: string[] = []
  for (const delegation of delegationsOf(db, person.id)) {
    const content = delegationMarkdown(delegation, memberLink, render)
    const base = delegationFileBase(person.name, delegation)
    const outcome = sink.write(`${top}/Delegations`, base, content, delegation.id, DELEGATION_KEYS)
    count(outcome)
    if (outcome.kind === 'skipped') continue
    const fileBase = posix.basename(outcome.path, '.md')
    const href = posix.relative(`${top}/People`, outcome.path)
    lines.push(linkLine({ date: '', title: delegation.title, href, fileBase }, render.obsidianLinks))
  }
  return lines
}

/** Runs an export to the end (the CLI and the benchmark). */
export function runExport(request: ExportRequest): ExportSummary {
  const steps = exportSteps(request)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * A reflection's line in its person's note, `<top>/People/<name>.md`: the reflection is in a year's folder beside
 * People, so its link is `../` and its path under `top` (posix.relative for each: see folderResolver).
 */
function indexEntry(row: ExportRow, path: string, top: string): IndexEntry {
  const fileBase = posix.basename(path, '.md')
  return { date: row.date, title: row.title, href: `../${path.slice(top.length + 1)}`, fileBase }
}

/** The folder the user chose, resolved once (it may itself be a link, e.g. ~/Documents); nothing below is followed. */
export function chosenFolder(folder: string): string {
  let real: string
  try {
    real = realpathSync(folder)
  } catch {
    throw new LeapError('not_found', `The folder ${folder} does not exist.`)
  }
  if (!statSync(real).isDirectory()) {
    throw new LeapError('invalid_input', `${folder} is a file, not a folder. Choose a folder.`)
  }
  return real
}

/**
 * A read-only connection of the export's own: it streams rows while the app keeps writing through its own
 * connection (WAL lets a reader and a writer work at once), and it cannot change the journal.
 */
export function openJournalForExport(journalPath: string): Db {
  const missing = () => new LeapError('not_found', `There is no Leap journal at ${journalPath}.`)
  const context = (where: string) => ({
    outcome: 'The export did not start',
    where,
    after: 'Nothing was written.'
  })
  if (!existsSync(journalPath)) {
    // A folder the account may not look into hides the journal too: that is not "no journal".
    const folder = dirname(journalPath)
    const fault = accessFault(folder, constants.R_OK | constants.X_OK)
    throw fault ? new LeapError(fault, faultMessage(fault, context(`the folder ${folder}`))) : missing()
  }
  let db: Db | null = null
  try {
    db = new Database(journalPath, { readonly: true, fileMustExist: true })
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    // It reads each page once: SQLite's default cache here (16 MB in better-sqlite3's build) only added to its peak.
    db.pragma('cache_size = -2000')
    return checkedVersion(db, journalPath)
  } catch (error) {
    db?.close()
    // A journal there that cannot be read: not "no journal", and not SQLite's "attempt to write a readonly
    // database" (reading a WAL journal writes its -shm index beside it, so the folder must be writable too).
    const place = { folder: dirname(journalPath), file: journalPath }
    throw faultError(error, context(`your journal (${journalPath})`), place) ?? missing()
  }
}

function checkedVersion(db: Db, journalPath: string): Db {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version !== LATEST_SCHEMA_VERSION) {
    throw new LeapError(
      'journal_unavailable',
      `The journal at ${journalPath} has schema ${version}; this Leap exports schema ${LATEST_SCHEMA_VERSION}. Open it in this version of Leap first.`
    )
  }
  return db
}
