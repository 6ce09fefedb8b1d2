import { useToast, useUndoToast } from '../../components/Toasts'
import { useDeleteDelegation, useRestoreDelegation } from './hooks'

/** Moves a delegation and its check-ins to the trash, with Undo in the toast that says so. */
export function useTrashDelegation() {
  const remove = useDeleteDelegation()
  const restore = useRestoreDelegation()
  const toast = useToast()
  const undoable = useUndoToast()
  const report = (error: Error) => toast({ message: error.message, tone: 'error' })
  return (delegation: { id: string; title: string }, afterDelete?: () => void) =>
    remove.mutate(
      { id: delegation.id },
      {
        onSuccess: () => {
          afterDelete?.()
          undoable(`Moved “${delegation.title}” and its check-ins to the trash.`, () =>
            restore.mutate({ id: delegation.id }, { onError: report })
          )
        },
        onError: report
      }
    )
}
