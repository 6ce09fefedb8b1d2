import { write } from '../../lib/query'
import { report } from './notices'

/** File > Back Up Now: a backup now, with its result in a toast. */
export async function backUpNow(): Promise<void> {
  try {
    await write('backups.create', {})
    report('Backed up your journal.')
  } catch (error) {
    report((error as Error).message, 'error')
  }
}

/** File > Show Data Folder: the journal in the system's file manager. */
export async function showDataFolder(): Promise<void> {
  try {
    await write('settings.showDataFolder', {})
  } catch (error) {
    report((error as Error).message, 'error')
  }
}
