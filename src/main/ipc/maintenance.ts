import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/ipc/contract'
import { LeapError } from '../../shared/ipc/envelope'
import { restoreLoss } from '../backup/restoreLoss'
import type { Platform } from '../platform'
import type { JournalSession } from '../session/session'
import { applyChannel, previewChannel } from './importChannels'
import { settingsView, updatePreferences } from './settingsChannels'
import { saveMarkdownChannel, savePdfChannel } from './packetChannels'

/**
 * Calls that work on the journal file as a whole rather than on rows: they run outside the per-call
 * transaction (a backup waits on SQLite's backup API; a restore closes and reopens the journal) and still
 * answer while the journal cannot be opened, so the recovery screen can use them.
 */
export const maintenanceChannels = [
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.showInFolder',
  'backups.restoreLoss',
  'recovery.status',
  'recovery.startFresh',
  'recovery.retry',
  'recovery.recover',
  'settings.get',
  'settings.update',
  'settings.showDataFolder',
  'import.preview',
  'import.apply',
  'packets.saveMarkdown',
  'packets.savePdf'
] as const satisfies readonly Channel[]
export type MaintenanceChannel = (typeof maintenanceChannels)[number]

export const isMaintenanceChannel = (channel: string): channel is MaintenanceChannel =>
  (maintenanceChannels as readonly string[]).includes(channel)

export interface MaintenanceContext {
  session: JournalSession
  platform: Platform
}

export type MaintenanceHandlers = {
  [C in MaintenanceChannel]: (
    context: MaintenanceContext,
    input: ChannelParsedInput<C>
  ) => ChannelOutput<C> | Promise<ChannelOutput<C>>
}

export const maintenanceHandlers: MaintenanceHandlers = {
  'backups.list': ({ session }) => ({ folder: session.backupDir, backups: session.listBackups() }),
  'backups.create': ({ session }) => session.backup('manual'),
  'backups.restore': ({ session }, { name }) => session.restore(name),
  'backups.showInFolder': ({ session, platform }, { name }) => {
    if (name && !session.listBackups().some((backup) => backup.name === name)) {
      throw new LeapError('not_found', 'This backup is no longer in the backups folder.')
    }
    mkdirSync(session.backupDir, { recursive: true })
    platform.showItemInFolder(name ? join(session.backupDir, name) : session.backupDir)
    return {}
  },
  'backups.restoreLoss': ({ session }, { name }) => {
    if (!session.journal) throw new LeapError('not_found', 'No journal is open to compare the backup with.')
    if (!session.listBackups().some((backup) => backup.name === name)) {
      throw new LeapError('not_found', 'This backup is no longer in the backups folder.')
    }
    return restoreLoss(session.journal.db, join(session.backupDir, name))
  },
  'recovery.status': ({ session }) => session.recoveryStatus(),
  'recovery.startFresh': async ({ session }) => {
    await session.startFresh()
    return {}
  },
  'recovery.retry': ({ session }) => session.retry(),
  'recovery.recover': ({ session }, { backup, salvage }) => session.recover(backup, salvage),

  'settings.get': ({ session, platform }) => settingsView(session, platform),
  'settings.update': (context, patch) => updatePreferences(context, patch),
  'settings.showDataFolder': ({ session, platform }) => {
    platform.showItemInFolder(session.journalPath)
    return {}
  },

  // Import runs outside the per-call transaction: it takes a backup (which waits) before its own transaction.
  'import.preview': previewChannel,
  'import.apply': applyChannel,
  'packets.saveMarkdown': saveMarkdownChannel,
  'packets.savePdf': savePdfChannel
}
