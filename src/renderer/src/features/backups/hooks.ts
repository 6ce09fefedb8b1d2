import { useLeapMutation, useLeapQuery } from '../../lib/query'

export const useBackups = () => useLeapQuery('backups.list', {})
export const useRecoveryStatus = () => useLeapQuery('recovery.status', {})
export const useBackUpNow = () => useLeapMutation('backups.create', (_: void) => ({}))
export const useRestoreLoss = (name: string | null) =>
  useLeapQuery('backups.restoreLoss', name ? { name } : null)
export const useRestoreBackup = () => useLeapMutation('backups.restore', (name: string) => ({ name }))
export const useShowBackup = () =>
  useLeapMutation('backups.showInFolder', (name?: string) => (name ? { name } : {}))
