import { call } from '../../lib/api'
import { queryClient } from '../../lib/query'
import { backupKeys } from '../backups/hooks'
import { report } from './notices'

/** File > Back Up Now: a backup now, with its result in a toast. */
export async function backUpNow(): Promise<void> {
  try {
    await call('backups.create', {})
    report('Backed up your journal.')
  } catch (error) {
    report((error as Error).message, 'error')
  } finally {
    void queryClient.invalidateQueries({ queryKey: backupKeys.list })
  }
}

/** File > Show Data Folder: the journal in the system's file manager. */
export async function showDataFolder(): Promise<void> {
  try {
    await call('settings.showDataFolder', {})
  } catch (error) {
    report((error as Error).message, 'error')
  }
}
