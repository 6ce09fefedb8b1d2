import { useMutation } from '@tanstack/react-query'
import { useLeapQuery, write } from '../../lib/query'
import { report } from '../desktop/notices'

/** Whether the journal holds the sample team; the journal itself marks its members. */
export const useSampleTeam = () => useLeapQuery('sample.status', {})

/** Opens the sample team, saying so (from the welcome, Settings or the palette alike). */
export async function openSampleTeam(): Promise<void> {
  try {
    await write('sample.create', {})
    report('Opened a sample team. Remove it from Team or Settings.')
  } catch (error) {
    report((error as Error).message, 'error')
  }
}

export async function removeSampleTeam(): Promise<void> {
  try {
    await write('sample.remove', {})
    report('Removed the sample team.')
  } catch (error) {
    report((error as Error).message, 'error')
  }
}

export const useOpenSampleTeam = () => useMutation({ mutationFn: openSampleTeam })
export const useRemoveSampleTeam = () => useMutation({ mutationFn: removeSampleTeam })
