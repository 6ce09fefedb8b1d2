import { useMutation } from '@tanstack/react-query'
import { useLeapQuery, write } from '../../lib/query'

export const useBackups = () => useLeapQuery('backups.list', {})
export const useRecoveryStatus = () => useLeapQuery('recovery.status', {})
export const useBackUpNow = () => useMutation({ mutationFn: () => write('backups.create', {}) })

export const useRestoreBackup = () =>
  useMutation({ mutationFn: (name: string) => write('backups.restore', { name }) })

export const useStartFresh = () => useMutation({ mutationFn: () => write('recovery.startFresh', {}) })

export const useShowBackup = () =>
  useMutation({ mutationFn: (name?: string) => write('backups.showInFolder', name ? { name } : {}) })
