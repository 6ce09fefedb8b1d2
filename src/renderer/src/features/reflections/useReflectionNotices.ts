import { useCallback } from 'react'
import type { ReflectionSaved } from '../../../../shared/domain/reflections'
import { useToast } from '../../components/Toasts'
import { navigate } from '../../lib/router'

/** Tells the user what a save did besides saving: a conflict kept both texts, or a deleted entry came back. */
export function useReflectionNotices() {
  const toast = useToast()
  return useCallback(
    (notice: NonNullable<ReflectionSaved['notice']>) => {
      if (notice.kind === 'conflict_copy') {
        toast({
          message: 'This reflection was changed in another window. Both versions are kept.',
          action: { label: 'Open the other version', run: () => navigate(`/journal/${notice.copyId}`) }
        })
      } else {
        toast({ message: 'This reflection had been moved to the trash; your edit brought it back.' })
      }
    },
    [toast]
  )
}
