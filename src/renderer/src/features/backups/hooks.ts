import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../lib/api'

export const backupKeys = { list: ['backups', 'list'] as const, recovery: ['recovery'] as const }

export function useBackups() {
  return useQuery({ queryKey: backupKeys.list, queryFn: () => call('backups.list', {}) })
}

export function useRecoveryStatus() {
  return useQuery({ queryKey: backupKeys.recovery, queryFn: () => call('recovery.status', {}) })
}

export function useBackUpNow() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('backups.create', {}),
    onSettled: () => client.invalidateQueries({ queryKey: backupKeys.list })
  })
}

/** A restore or a fresh start replaces the whole journal: every query is stale afterwards. */
function useJournalReplacement<T>(run: (input: T) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({ mutationFn: run, onSettled: () => client.invalidateQueries() })
}

export const useRestoreBackup = () =>
  useJournalReplacement((name: string) => call('backups.restore', { name }))

export const useStartFresh = () => useJournalReplacement(() => call('recovery.startFresh', {}))

export function useShowBackup() {
  return useMutation({ mutationFn: (name?: string) => call('backups.showInFolder', name ? { name } : {}) })
}
