import type { JournalChannel } from './handlers'

/**
 * The calls that never write to the journal. Every other call begins with BEGIN IMMEDIATE, taking SQLite's
 * write lock before it reads (docs/RELIABILITY.md F3): a deferred transaction that reads and then writes
 * cannot wait for a lock another process holds (SQLite answers SQLITE_BUSY at once, without busy_timeout),
 * so every save failed within a millisecond while a backup tool or Leap's command line held it. Reads stay
 * deferred: in WAL mode they never wait for a writer. A call missing from this list is only slower to
 * start under contention, never wrong; one wrongly on it fails at once under contention (a test checks
 * that none of these writes).
 */
export const readOnlyChannels: ReadonlySet<JournalChannel> = new Set<JournalChannel>([
  'app.info',
  'members.list',
  'members.get',
  'members.timeline',
  'oneOnOnes.prepare',
  'reflections.get',
  'reflections.list',
  'tags.list',
  'actionItems.list',
  'trash.list',
  'delegations.list',
  'delegations.get',
  'delegations.ladder',
  'delegations.interventions',
  'search.query',
  'insights.stance',
  'insights.authority',
  'insights.rhythm',
  'insights.outcomes',
  'insights.mood',
  // Export reads through a connection of its own and writes files, never the journal.
  'export.start',
  'export.status',
  'export.cancel',
  'export.openFolder'
])
