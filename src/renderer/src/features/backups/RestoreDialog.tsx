import type { BackupEntry } from '../../../../shared/domain/backups'
import { Dialog } from '../../components/Dialog'
import { useToast } from '../../components/Toasts'
import { countsInWords, formatBackupTime, sinceThen } from './format'
import { useRestoreBackup, useRestoreLoss } from './hooks'

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
          <RestoreLossSummary name={entry.name} />
          <p>Leap first backs up your journal as it is now, so you can come back to it from Backups.</p>
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

/** What the restore would take away, counted from the backup beside the open journal. */
function RestoreLossSummary({ name }: { name: string }) {
  const loss = useRestoreLoss(name)
  if (!loss.data) {
    // Until the count is in (or if the backup cannot be read): the same warning, without the figures.
    return (
      <p aria-busy={loss.isPending}>
        <strong>What you wrote or changed since then will no longer be in it</strong>, and what you moved to
        the trash or restored since then goes back to how it was.
      </p>
    )
  }
  const written = countsInWords(loss.data.written)
  const changed = countsInWords(loss.data.changed)
  const trashed = countsInWords(loss.data.trashed)
  if (!written && !changed && !trashed) return <p>Nothing you wrote since then would be lost.</p>
  const oneChanged = Object.values(loss.data.changed).reduce((sum, count) => sum + count, 0) === 1
  return (
    <p>
      {written && <strong>{written} written since then will no longer be in the journal.</strong>}{' '}
      {changed && (
        <>
          {changed} changed since then will go back to how {oneChanged ? 'it was' : 'they were'}.
        </>
      )}{' '}
      {trashed && <>{trashed} moved to the trash since then will be back.</>}
    </p>
  )
}
