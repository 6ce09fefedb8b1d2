import { useLeapMutation } from '../../lib/query'

/** Main shows the system's dialog, then reads and plans what was chosen; nothing is written. */
export const usePreviewImport = () => useLeapMutation('import.preview')
export const useApplyImport = () => useLeapMutation('import.apply')
