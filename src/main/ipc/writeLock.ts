import { channels, type Channel } from '../../shared/ipc/channels'
import { contract } from '../../shared/ipc/contract'
import { JOURNAL_TABLES, type DataSet } from '../../shared/ipc/dataSets'
import type { JournalChannel } from './handlers'
import { isMaintenanceChannel } from './maintenance'

const IN_THE_JOURNAL: readonly DataSet[] = [...JOURNAL_TABLES, 'journal']

/** Whether a call's declared writes name anything in the journal (an export writes files only). */
const writesTheJournal = (channel: Channel) =>
  ((contract[channel] as { writes?: readonly DataSet[] }).writes ?? []).some((set) =>
    IN_THE_JOURNAL.includes(set)
  )

/**
 * The calls that never write to the journal, by what the contract declares. Every other call begins with
 * BEGIN IMMEDIATE, taking SQLite's write lock before it reads (docs/RELIABILITY.md F3): a deferred
 * transaction that reads and then writes cannot wait for a lock another process holds (SQLite answers
 * SQLITE_BUSY at once, without busy_timeout), so every save failed within a millisecond while a backup tool
 * or Leap's command line held it. Reads stay deferred: in WAL mode they never wait for a writer. A test
 * records the tables each call really changes, so a declaration that hides a write fails there.
 */
export const readOnlyChannels: ReadonlySet<JournalChannel> = new Set(
  channels.filter(
    (channel): channel is JournalChannel => !isMaintenanceChannel(channel) && !writesTheJournal(channel)
  )
)
