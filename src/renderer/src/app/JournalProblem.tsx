import { useState } from 'react'
import { ArchiveRestore, FilePlus2, FolderOpen, RotateCw, TriangleAlert } from 'lucide-react'
import type { AppInfo } from '../../../shared/domain/app'
import type { JournalProblem as Problem, RecoveryStatus } from '../../../shared/domain/backups'
import { Dialog } from '../components/Dialog'
import { useToast } from '../components/Toasts'
import { useLeapMutation } from '../lib/query'
import { formatBackupTime } from '../features/backups/format'
import { useRecoveryStatus } from '../features/backups/hooks'
import { RecoveryChoice } from './RecoveryChoice'
import '../features/backups/backups.css'

const TITLES: Record<Problem['kind'], string> = {
  damaged: 'Leap could not open your journal',
  newer: 'This journal needs a newer Leap',
  missing: 'Your journal file is missing',
  unreadable: 'Leap could not read your journal',
  disk_full: 'The disk that holds your journal is full',
  read_only: 'Your journal can only be read',
  permission: 'Leap is not allowed to open your journal',
  busy: 'Another program is using your journal'
}

/** Problems a backup or a fresh journal answers; the others pass once their cause is gone (Try again). */
const REPLACEABLE: readonly Problem['kind'][] = ['damaged', 'newer', 'missing']

/**
 * Shown instead of the app when the journal could not be opened. Nothing has been written to it: a damaged
 * file was moved aside untouched, anything else left where it is. A full disk, read-only media, permissions
 * or a lock are not damage: "Try again" opens the journal once the cause is gone, without a restart. For a
 * damaged, newer or missing journal, the screen offers the backup holding the latest work, says what it
 * holds against what can still be read of the damaged file, and can bring that back too.
 */
export function JournalProblem({ info }: { info: AppInfo }) {
  const status = useRecoveryStatus()
  const problem = status.data?.problem
  const replaceable = problem && REPLACEABLE.includes(problem.kind)

  return (
    <main className="problem" aria-labelledby="problem-title">
      <TriangleAlert size={32} aria-hidden />
      <h1 id="problem-title">{TITLES[problem?.kind ?? 'unreadable']}</h1>
      <p>{problem?.message ?? info.problem}</p>
      {problem?.movedAsideTo && (
        <p className="muted recovery__moved">
          The file is kept, unchanged, at <code>{problem.movedAsideTo}</code>
        </p>
      )}
      {problem && problem.kind !== 'damaged' && !problem.message.includes(info.journalPath) && (
        <p className="muted recovery__path">
          Journal file: <code>{info.journalPath}</code>
        </p>
      )}
      {problem && !replaceable && <TryAgain />}
      {problem?.kind === 'missing' && <TryAgain />}
      {replaceable && status.data && <Replace status={status.data} problem={problem} />}
    </main>
  )
}

/** Opens the journal again once the cause is gone; says so when it still cannot be opened. */
function TryAgain() {
  const [checkedAt, setCheckedAt] = useState<string | null>(null)
  // Every screen's data is refreshed by the write itself (it declares the whole journal).
  const retry = useLeapMutation('recovery.retry', (_: void) => ({}), {
    onSuccess: (status: RecoveryStatus) => {
      if (status.problem) setCheckedAt(new Date().toLocaleTimeString(undefined, { timeStyle: 'short' }))
    }
  })
  const showFolder = useLeapMutation('settings.showDataFolder', (_: void) => ({}))
  return (
    <>
      {checkedAt && (
        <p className="banner banner--error" role="alert">
          Still not possible (tried at {checkedAt}). Leap changed nothing.
        </p>
      )}
      {retry.error && (
        <p className="banner banner--error" role="alert">
          {retry.error.message}
        </p>
      )}
      <div className="recovery__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={retry.isPending}
          onClick={() => retry.mutate()}
        >
          <RotateCw size={16} aria-hidden /> {retry.isPending ? 'Trying…' : 'Try again'}
        </button>
        <button type="button" className="button" onClick={() => showFolder.mutate()}>
          <FolderOpen size={16} aria-hidden /> Show the journal’s folder
        </button>
      </div>
    </>
  )
}

/** The choice a damaged, newer or missing journal leaves: the best backup (or a fresh journal), and salvage. */
function Replace({ status, problem }: { status: RecoveryStatus; problem: Problem }) {
  const toast = useToast()
  const [confirmingFresh, setConfirmingFresh] = useState(false)
  const [salvage, setSalvage] = useState(true)
  const backup = status.newestGoodBackup
  const canSalvage = problem.kind === 'damaged' && status.damagedHolds !== null
  const recover = useLeapMutation(
    'recovery.recover',
    (from: string | null) => ({ backup: from, salvage: canSalvage && salvage }),
    {
      onSuccess: ({ salvaged }) => {
        if (salvaged) {
          toast({
            message:
              `${salvaged.rows.toLocaleString()} entries were brought back from the damaged journal` +
              (salvaged.skipped > 0 ? `; ${salvaged.skipped.toLocaleString()} could not be read.` : '.')
          })
        }
      }
    }
  )

  return (
    <>
      <h2>What you can do</h2>
      <RecoveryChoice
        status={status}
        salvage={canSalvage ? { checked: salvage, onChange: setSalvage } : null}
      />
      {recover.error && (
        <p className="banner banner--error" role="alert">
          {recover.error.message}
        </p>
      )}
      <div className="recovery__actions">
        {backup && (
          <button
            type="button"
            className="button button--primary"
            disabled={recover.isPending}
            onClick={() => recover.mutate(backup.name)}
          >
            <ArchiveRestore size={16} aria-hidden />
            {recover.isPending ? 'Restoring…' : `Restore the backup from ${formatBackupTime(backup)}`}
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

      <Dialog title="Start a fresh journal?" open={confirmingFresh} onClose={() => setConfirmingFresh(false)}>
        <div className="form">
          <p>
            Leap will open an empty journal
            {canSalvage && salvage ? ' with what can still be read of the damaged one' : ''}.{' '}
            {problem.kind === 'newer'
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
              disabled={recover.isPending}
              onClick={() => recover.mutate(null, { onSettled: () => setConfirmingFresh(false) })}
            >
              Start fresh
            </button>
          </div>
        </div>
      </Dialog>
    </>
  )
}
