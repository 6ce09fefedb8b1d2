import { useState } from 'react'
import { ArchiveRestore, DatabaseBackup } from 'lucide-react'
import type { ImportResult } from '../../../../shared/domain/import'
import { navigate } from '../../lib/router'
import { plural } from '../../lib/words'
import { formatBackupTime } from '../backups/format'
import { RestoreDialog } from '../backups/RestoreDialog'
import { closeImport } from './import-store'
import { ImportCountsList, ImportEntries } from './ImportEntries'

const undoWording = {
  title: 'Undo this import?',
  confirm: 'Undo import',
  done: 'Import undone: your journal is as it was before it.'
}

/** The import is written: what it did, and the way back (the backup taken just before it). */
export function ImportDone({ result }: { result: ImportResult }) {
  const [confirming, setConfirming] = useState(false)
  const written = result.counts.create + result.counts.update

  return (
    <div className="form import-done">
      <p className="import-done__headline" role="status">
        Imported {plural(written, 'entry', 'entries')}
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
      <div className="form__actions">
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          <ArchiveRestore size={16} aria-hidden /> Undo…
        </button>
        <button type="button" className="button button--primary" onClick={closeImport}>
          Done
        </button>
      </div>
      <RestoreDialog
        entry={confirming ? result.backup : null}
        onClose={() => setConfirming(false)}
        wording={undoWording}
        onRestored={closeImport}
      />
    </div>
  )
}
