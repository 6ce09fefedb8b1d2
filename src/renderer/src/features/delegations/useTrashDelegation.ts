import { useToast } from '../../components/Toasts'
import { useDeleteDelegation, useRestoreDelegation } from './hooks'

/** Moves a delegation and its check-ins to the trash, with Undo in the toast that says so. */
export function useTrashDelegation() {
  const remove = useDeleteDelegation()
  const restore = useRestoreDelegation()
  const toast = useToast()
  const report = (error: Error) => toast({ message: error.message, tone: 'error' })
  return (delegation: { id: string; title: string }, afterDelete?: () => void) =>
    remove.mutate(
      { id: delegation.id },
      {
        onSuccess: () => {
          afterDelete?.()
          toast({
            message: `Moved “${delegation.title}” and its check-ins to the trash.`,
            action: { label: 'Undo', run: () => restore.mutate({ id: delegation.id }, { onError: report }) }
          })
        },
        onError: report
      }
    )
}
