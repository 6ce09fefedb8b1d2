import { useState } from 'react'
import { ArchiveRestore, FilePlus2, TriangleAlert } from 'lucide-react'
import type { AppInfo } from '../../../shared/domain/app'
import { Dialog } from '../components/Dialog'
import { formatBackupTime } from '../features/backups/format'
import { useRecoveryStatus, useRestoreBackup, useStartFresh } from '../features/backups/hooks'
import '../features/backups/backups.css'

/**
 * Shown instead of the app when the journal could not be opened. Nothing has been written to it: a damaged
 * file was moved aside untouched, a newer one left where it is. Offers the newest good backup, or a fresh
 * journal; either way the old file stays on disk.
 */
export function JournalProblem({ info }: { info: AppInfo }) {
  const status = useRecoveryStatus()
  const restore = useRestoreBackup()
  const startFresh = useStartFresh()
  const [confirmingFresh, setConfirmingFresh] = useState(false)
  const problem = status.data?.problem
  const backup = status.data?.newestGoodBackup
  const failure = restore.error ?? startFresh.error

  return (
    <main className="problem" aria-labelledby="problem-title">
      <TriangleAlert size={32} aria-hidden />
      <h1 id="problem-title">
        {problem?.kind === 'newer' ? 'This journal needs a newer Leap' : 'Leap could not open your journal'}
      </h1>
      <p>{problem?.message ?? info.problem}</p>
      {problem?.movedAsideTo && (
        <p className="muted recovery__moved">
          The file is kept, unchanged, at <code>{problem.movedAsideTo}</code>
        </p>
      )}
      {problem?.kind === 'newer' && (
        <p className="muted recovery__path">
          Journal file: <code>{info.journalPath}</code>
        </p>
      )}

      {problem && (
        <>
          <h2>What you can do</h2>
          {backup ? (
            <p>
              Your newest good backup is from <strong>{formatBackupTime(backup)}</strong>. Restoring it brings
              back everything you wrote up to then.
            </p>
          ) : (
            <p>Leap found no backup it can restore. You can start a fresh journal.</p>
          )}
          {failure && (
            <p className="banner banner--error" role="alert">
              {failure.message}
            </p>
          )}
          <div className="recovery__actions">
            {backup && (
              <button
                type="button"
                className="button button--primary"
                disabled={restore.isPending}
                onClick={() => restore.mutate(backup.name)}
              >
                <ArchiveRestore size={16} aria-hidden />
                {restore.isPending ? 'Restoring…' : `Restore the backup from ${formatBackupTime(backup)}`}
              </button>
            )}
            <button
              type="button"
              className={backup ? 'button' : 'button button--primary'}
              onClick={() => setConfirmingFresh(true)}
            >
              <FilePlus2 size={16} aria-hidden /> Start a fresh journal
            </button>
          </div>
        </>
      )}

      <Dialog title="Start a fresh journal?" open={confirmingFresh} onClose={() => setConfirmingFresh(false)}>
        <div className="form">
          <p>
            Leap will open an empty journal.{' '}
            {problem?.kind === 'newer'
              ? 'The journal from the newer Leap is moved aside, unchanged, '
              : 'The damaged file stays where it was moved, '}
            and your backups stay in their folder: you can still restore one later from Backups.
          </p>
          <div className="form__actions">
            <button type="button" className="button button--ghost" onClick={() => setConfirmingFresh(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={startFresh.isPending}
              onClick={() => startFresh.mutate(undefined, { onSettled: () => setConfirmingFresh(false) })}
            >
              Start fresh
            </button>
          </div>
        </div>
      </Dialog>
    </main>
  )
}
