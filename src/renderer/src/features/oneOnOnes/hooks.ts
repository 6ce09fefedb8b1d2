import { keepPreviousData } from '@tanstack/react-query'
import { useLeapQuery } from '../../lib/query'

export const useOneOnOnePrep = (memberId: string, excludeReflectionId: string | null) =>
  useLeapQuery(
    'oneOnOnes.prepare',
    { memberId, ...(excludeReflectionId ? { excludeReflectionId } : {}) },
    // Keep showing the panels while they refresh: the editor beside them must never unmount mid-sentence.
    { placeholderData: keepPreviousData }
  )
