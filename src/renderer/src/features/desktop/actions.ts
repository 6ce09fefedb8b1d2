import { write } from '../../lib/query'
import { runAndReport } from './notices'

/** File > Back Up Now: a backup now, with its result in a toast. */
export const backUpNow = () => runAndReport(() => write('backups.create', {}), 'Backed up your journal.')

/** File > Show Data Folder: the journal in the system's file manager. */
export const showDataFolder = () => runAndReport(() => write('settings.showDataFolder', {}))
