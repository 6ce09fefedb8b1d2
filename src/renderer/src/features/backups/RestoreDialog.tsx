import type { BackupEntry } from '../../../../shared/domain/backups'
import { Dialog } from '../../components/Dialog'
import { useToast } from '../../components/Toasts'
import { formatBackupTime, sinceThen } from './format'
import { useRestoreBackup } from './hooks'

interface RestoreDialogProps {
  entry: BackupEntry | null
  /** As the list shows it (to the second where two share a minute); by default its time to the minute. */
  label?: string
  onClose: () => void
  /** The words for a restore that undoes something (an import): the title, the button, the notice after. */
  wording?: { title: string; confirm: string; done: string }
  onRestored?: () => void
}

/** Asks before a backup replaces the journal (the restore keeps a backup of the journal as it is now). */
export function RestoreDialog({ entry, label, onClose, wording, onRestored }: RestoreDialogProps) {
  const restore = useRestoreBackup()
  const toast = useToast()
  return (
    <Dialog title={wording?.title ?? 'Restore this backup?'} open={entry !== null} onClose={onClose}>
      {entry && (
        <div className="form">
          <p>
            Your journal will go back to how it was on <strong>{label ?? formatBackupTime(entry)}</strong> (
            {sinceThen(entry)}).
          </p>
          <p>
            <strong>What you wrote or changed since then will no longer be in it</strong>: reflections,
            check-ins, action items, people and delegations added or edited after that moment, and what you
            moved to the trash or restored. Leap first backs up your journal as it is now, so you can come
            back to it from Backups.
          </p>
          {restore.isError && (
            <p className="form__error" role="alert">
              {restore.error.message}
            </p>
          )}
          <div className="form__actions">
            <button type="button" className="button button--ghost" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={restore.isPending}
              onClick={() =>
                restore.mutate(entry.name, {
                  onSuccess: () => {
                    onClose()
                    onRestored?.()
                    toast({
                      message: wording?.done ?? `Restored the backup of ${label ?? formatBackupTime(entry)}.`
                    })
                  }
                })
              }
            >
              {restore.isPending ? 'Restoring…' : (wording?.confirm ?? 'Restore')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  )
}
