import { randomUUID } from 'node:crypto'
import type {
  ImportApplyInput,
  ImportPreviewResult,
  ImportResult,
  ImportSource
} from '../../shared/domain/import'
import { LeapError } from '../../shared/ipc/envelope'
import { readCsv } from '../import/csv'
import { applyImport, previewImport, readMarkdown, type ImportRead } from '../import/importFolder'
import { MAX_FILE_BYTES, MAX_FILES } from '../import/readFolder'
import type { JournalSession } from '../session/session'
import type { MaintenanceContext } from './maintenance'

interface Pending {
  id: string
  read: ImportRead
}

/** What the last preview read, per session: apply uses it (by its id), so the renderer never names a path. */
const pendingBySession = new WeakMap<JournalSession, Pending>()
const applying = new WeakSet<JournalSession>()

const readers: Record<ImportSource, (path: string) => ImportRead> = { markdown: readMarkdown, csv: readCsv }

/**
 * import.preview: the system's dialog for a folder (or a CSV file), then everything in it read and planned
 * against the journal, nothing written. The read is kept for import.apply; a newer preview replaces it.
 */
export async function previewChannel(
  { session, platform }: MaintenanceContext,
  { source }: { source: ImportSource }
): Promise<ImportPreviewResult> {
  const journal = requireJournal(session)
  const path = await platform.chooseImport(source)
  if (path === null) return { state: 'cancelled' }
  const read = readers[source](path)
  const id = randomUUID()
  pendingBySession.set(session, { id, read })
  const outcome = previewImport(journal.db, read)
  return {
    state: 'ready',
    preview: {
      previewId: id,
      source,
      location: read.location,
      ...outcome,
      limits: { maxFileBytes: MAX_FILE_BYTES, maxFiles: MAX_FILES }
    }
  }
}

/**
 * import.apply: a backup first (restoring it from Backups undoes the import), then the whole import in one
 * transaction, planned again against the journal as it is now with the user's choices for missing people.
 */
export async function applyChannel(
  { session }: MaintenanceContext,
  { previewId, people }: ImportApplyInput
): Promise<ImportResult> {
  const pending = pendingBySession.get(session)
  if (!pending || pending.id !== previewId) {
    throw new LeapError(
      'not_found',
      'This preview is no longer open: it was imported already, or a newer one replaced it. Choose the folder or file again.'
    )
  }
  if (applying.has(session)) throw new LeapError('conflict', 'This import is already being applied.')
  applying.add(session)
  try {
    const backup = await session.backup('before-import')
    const outcome = applyImport(requireJournal(session).db, pending.read, people)
    pendingBySession.delete(session)
    return { counts: outcome.counts, entries: outcome.entries, backup }
  } finally {
    applying.delete(session)
  }
}

function requireJournal(session: JournalSession) {
  if (!session.journal) {
    throw new LeapError('journal_unavailable', session.problem?.message ?? 'Leap is busy restoring a backup.')
  }
  return session.journal
}
