import type { ExportStatus } from '../../../../shared/domain/export'
import { useLeapMutation, useLeapQuery } from '../../lib/query'

export const useStartExport = () => useLeapMutation('export.start')
export const useCancelExport = () => useLeapMutation('export.cancel')
export const useOpenExportFolder = () => useLeapMutation('export.openFolder')

/** The job's status, polled while the folder dialog is open or files are being written. */
export const useExportStatus = (jobId: string | null) =>
  useLeapQuery('export.status', jobId ? { jobId } : null, {
    refetchInterval: (query) => (isActive(query.state.data) ? 150 : false)
  })

export const isActive = (status: ExportStatus | undefined) =>
  status === undefined || status.state === 'choosing' || status.state === 'running'
