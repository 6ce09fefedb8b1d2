import { useState } from 'react'
import { ArchiveRestore, DatabaseBackup } from 'lucide-react'
import type { ImportResult } from '../../../../shared/domain/import'
import { useToast } from '../../components/Toasts'
import { navigate } from '../../lib/router'
import { formatBackupTime } from '../backups/format'
import { useRestoreBackup } from '../backups/hooks'
import { closeImport } from './import-store'
import { ImportCountsList, ImportEntries } from './ImportEntries'

/** The import is written: what it did, and the way back (the backup taken just before it). */
export function ImportDone({ result }: { result: ImportResult }) {
  const [confirming, setConfirming] = useState(false)
  const restore = useRestoreBackup()
  const toast = useToast()
  const written = result.counts.create + result.counts.update
  const undo = () =>
    restore.mutate(result.backup.name, {
      onSuccess: () => {
        closeImport()
        toast({ message: 'Import undone: your journal is as it was before it.' })
      }
    })

  return (
    <div className="form import-done">
      <p className="import-done__headline" role="status">
        Imported {written.toLocaleString()} {written === 1 ? 'entry' : 'entries'}
      </p>
      <ImportCountsList counts={result.counts} />
      <ImportEntries entries={result.entries} />
      <p className="import-help">
        Leap backed up your journal just before ({formatBackupTime(result.backup)}). To undo the whole import,
        choose Undo, or restore that backup later in{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            closeImport()
            navigate('/backups')
          }}
        >
          <DatabaseBackup size={14} aria-hidden /> Backups
        </button>
        .
      </p>
      {confirming ? (
        <div className="import-undo" role="group" aria-label="Undo this import?">
          <p>
            <strong>Undo this import?</strong> Your journal goes back to how it was just before it; anything
            written since then goes too. Leap backs up the journal as it is now first.
          </p>
          {restore.isError && (
            <p className="form__error" role="alert">
              {restore.error.message}
            </p>
          )}
          <div className="form__actions">
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep the import
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={restore.isPending}
              onClick={undo}
            >
              {restore.isPending ? 'Undoing…' : 'Undo import'}
            </button>
          </div>
        </div>
      ) : (
        <div className="form__actions">
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            <ArchiveRestore size={16} aria-hidden /> Undo…
          </button>
          <button type="button" className="button button--primary" onClick={closeImport}>
            Done
          </button>
        </div>
      )}
    </div>
  )
}
