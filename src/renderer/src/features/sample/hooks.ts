import { useMutation } from '@tanstack/react-query'
import { useLeapQuery, write } from '../../lib/query'
import { runAndReport } from '../desktop/notices'

/** Whether the journal holds the sample team; the journal itself marks its members. */
export const useSampleTeam = () => useLeapQuery('sample.status', {})

/** Opens the sample team, saying so (from the welcome, Settings or the palette alike). */
export const openSampleTeam = () =>
  runAndReport(() => write('sample.create', {}), 'Opened a sample team. Remove it from Team or Settings.')

export const removeSampleTeam = () =>
  runAndReport(() => write('sample.remove', {}), 'Removed the sample team.')

export const useOpenSampleTeam = () => useMutation({ mutationFn: openSampleTeam })
export const useRemoveSampleTeam = () => useMutation({ mutationFn: removeSampleTeam })
