import { useState } from 'react'
import { ArchiveRestore, DatabaseBackup, FolderOpen, HardDriveDownload } from 'lucide-react'
import type { BackupEntry } from '../../../../shared/domain/backups'
import { EmptyState } from '../../components/EmptyState'
import { useToast } from '../../components/Toasts'
import { backupLabels, formatSize, reasonLabels } from './format'
import { useBackUpNow, useBackups, useShowBackup } from './hooks'
import { RestoreDialog } from './RestoreDialog'
import './backups.css'

export function BackupsPage() {
  const backups = useBackups()
  const backUpNow = useBackUpNow()
  const show = useShowBackup()
  const [restoring, setRestoring] = useState<Restoring | null>(null)
  const toast = useToast()
  const report = (error: Error) => toast({ message: error.message, tone: 'error' })
  const list = backups.data?.backups ?? []
  const labels = backupLabels(list)

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1>Backups</h1>
          <p className="page__subtitle">
            Leap backs up your journal every day you use it and before every update or restore, and keeps the
            last 7 days, 4 weeks and 12 months.
          </p>
        </div>
        <div className="page__actions">
          <button
            type="button"
            className="button"
            onClick={() => show.mutate(undefined, { onError: report })}
          >
            <FolderOpen size={16} aria-hidden /> Show in folder
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={backUpNow.isPending}
            onClick={() =>
              backUpNow.mutate(undefined, {
                onSuccess: (entry) =>
                  toast({ message: `Backed up your journal (${formatSize(entry.sizeBytes)}).` }),
                onError: report
              })
            }
          >
            <HardDriveDownload size={16} aria-hidden /> {backUpNow.isPending ? 'Backing up…' : 'Back up now'}
          </button>
        </div>
      </header>

      {backups.isError && (
        <p className="banner banner--error" role="alert">
          {backups.error.message}
        </p>
      )}

      {backups.data && (
        <p className="backups__folder">
          Backups folder: <code>{backups.data.folder}</code>
        </p>
      )}

      {backups.isSuccess && list.length === 0 ? (
        <EmptyState icon={<DatabaseBackup size={28} />} title="No backups yet">
          <p>
            The first one is made the next time Leap starts, or now with “Back up now”. Backups are complete
            copies of your journal that Leap can restore in one step.
          </p>
        </EmptyState>
      ) : (
        <ul className="backup-list" aria-label="Backups">
          {list.map((entry) => {
            const label = labels.get(entry.name)!
            return (
              <li key={entry.name} className="backup-row">
                <span className="backup-row__when">{label}</span>
                <span className="badge">{reasonLabels[entry.reason]}</span>
                <span className="backup-row__size">{formatSize(entry.sizeBytes)}</span>
                <span className="backup-row__actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Show the backup of ${label} in its folder`}
                    onClick={() => show.mutate(entry.name, { onError: report })}
                  >
                    <FolderOpen size={16} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Restore the backup of ${label}`}
                    onClick={() => setRestoring({ entry, label })}
                  >
                    <ArchiveRestore size={14} aria-hidden /> Restore
                  </button>
                </span>
              </li>
            )
          })}
        </ul>
      )}

      <RestoreDialog
        entry={restoring?.entry ?? null}
        label={restoring?.label}
        onClose={() => setRestoring(null)}
      />
    </div>
  )
}

interface Restoring {
  entry: BackupEntry
  /** As the list shows it (to the second where two share a minute). */
  label: string
}
