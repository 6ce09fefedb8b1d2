import { useMutation, useQuery } from '@tanstack/react-query'
import type { ExportStart, ExportStatus } from '../../../../shared/domain/export'
import { call } from '../../lib/api'

export const useStartExport = () =>
  useMutation({ mutationFn: (input: ExportStart) => call('export.start', input) })

/** The job's status, polled while the folder dialog is open or files are being written. */
export function useExportStatus(jobId: string | null) {
  return useQuery({
    queryKey: ['export', jobId],
    queryFn: () => call('export.status', { jobId: jobId! }),
    enabled: jobId !== null,
    refetchInterval: (query) => (isActive(query.state.data) ? 150 : false)
  })
}

export const isActive = (status: ExportStatus | undefined) =>
  status === undefined || status.state === 'choosing' || status.state === 'running'
