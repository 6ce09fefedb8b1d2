import { useId } from 'react'
import type { RecoveryStatus } from '../../../shared/domain/backups'
import { ENTRY_KINDS, countsInWords, formatBackupTime, formatTime } from '../features/backups/format'

const count = (value: number | null | undefined) =>
  value === null || value === undefined ? 'unreadable' : value.toLocaleString()

/**
 * What restoring would bring back, and what not: the backup's date and last change, and what it holds
 * beside what can still be read of the damaged journal; with the choice to bring that back too.
 */
export function RecoveryChoice({
  status,
  salvage
}: {
  status: RecoveryStatus
  salvage: { checked: boolean; onChange: (checked: boolean) => void } | null
}) {
  const hintId = useId()
  const { newestGoodBackup: backup, backupHolds, damagedHolds } = status
  // What the damaged journal shows beyond the backup: the least that restoring the backup alone would lose.
  const more = countsInWords(
    Object.fromEntries(
      ENTRY_KINDS.map(({ key }) => [key, (damagedHolds?.[key] ?? 0) - (backupHolds?.[key] ?? 0)])
    )
  )

  return (
    <>
      {backup ? (
        <p>
          Your newest good backup is from <strong>{formatBackupTime(backup)}</strong>
          {backupHolds?.lastChange && <>, with your last change of {formatTime(backupHolds.lastChange)}</>}.
          Restoring it brings back everything you wrote up to then.
          {more && <> The damaged journal still shows {more} more than the backup.</>}
        </p>
      ) : (
        <p>Leap found no backup it can restore. You can start a fresh journal.</p>
      )}
      {(backupHolds || damagedHolds) && (
        <table className="recovery__compare">
          <caption className="visually-hidden">What each file holds</caption>
          <thead>
            <tr>
              <th scope="col">Entries</th>
              {backupHolds && <th scope="col">In the backup</th>}
              {damagedHolds && <th scope="col">Still readable in the damaged journal</th>}
            </tr>
          </thead>
          <tbody>
            {ENTRY_KINDS.map(({ key, label }) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                {backupHolds && <td>{count(backupHolds[key])}</td>}
                {damagedHolds && <td>{count(damagedHolds[key])}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {salvage && (
        <label className="recovery__salvage">
          <input
            type="checkbox"
            checked={salvage.checked}
            aria-describedby={hintId}
            onChange={(event) => salvage.onChange(event.target.checked)}
          />
          <span>
            <span className="recovery__salvage-label">
              Also bring back what the damaged journal still holds
            </span>
            <span className="recovery__salvage-hint" id={hintId}>
              Entries the backup lacks, or holds in an older version, are copied from the damaged file. It
              stays where it was moved, unchanged.
            </span>
          </span>
        </label>
      )}
    </>
  )
}
