import { CalendarOff, CalendarX, Trash2 } from 'lucide-react'
import type { ReactNode } from 'react'
import { useToast } from '../../components/Toasts'
import { formatDay } from '../../lib/dates'
import { openLoopDialog } from '../oneOnOnes/loopDialogs'
import { useDeleteAway, useDeleteSkip, useLeave, useRestoreAway, useRestoreSkip } from './hooks'
import './leave.css'

/** On a person's page: their time away and skipped one-on-ones, which pause the cadence, and ways to add one. */
export function MemberLeave({ member }: { member: { id: string; name: string } }) {
  const leave = useLeave(member.id)
  const deleteAway = useDeleteAway()
  const restoreAway = useRestoreAway()
  const deleteSkip = useDeleteSkip()
  const restoreSkip = useRestoreSkip()
  const away = leave.data?.away ?? []
  const skips = leave.data?.skips ?? []

  return (
    <section className="card" aria-labelledby="leave-title">
      <header className="member-leave__header">
        <h2 id="leave-title">Time away and skipped one-on-ones</h2>
        <div className="member-leave__actions">
          <button type="button" className="button" onClick={() => openLoopDialog('away', member)}>
            <CalendarOff size={16} aria-hidden /> Mark away…
          </button>
          <button type="button" className="button" onClick={() => openLoopDialog('skip', member)}>
            <CalendarX size={16} aria-hidden /> Skip a one-on-one…
          </button>
        </div>
      </header>
      {away.length === 0 && skips.length === 0 ? (
        <p className="muted">
          None. Days away pause the one-on-one cadence, and a skipped one-on-one is not counted as missed.
        </p>
      ) : (
        <ul className="action-list">
          {away.map((period) => (
            <LeaveRow
              key={period.id}
              what="Time away"
              deleteLabel={`Delete time away from ${formatDay(period.startsOn)}`}
              remove={() => deleteAway.mutateAsync({ id: period.id })}
              restore={() => restoreAway.mutate({ id: period.id })}
            >
              Away {formatDay(period.startsOn)} to {formatDay(period.endsOn)}
              {period.note && ` · ${period.note}`}
            </LeaveRow>
          ))}
          {skips.map((skip) => (
            <LeaveRow
              key={skip.id}
              what="Skipped one-on-one"
              deleteLabel={`Delete skipped one-on-one of ${formatDay(skip.date)}`}
              remove={() => deleteSkip.mutateAsync({ id: skip.id })}
              restore={() => restoreSkip.mutate({ id: skip.id })}
            >
              Skipped the one-on-one of {formatDay(skip.date)} · {skip.reason}
            </LeaveRow>
          ))}
        </ul>
      )}
    </section>
  )
}

interface LeaveRowProps {
  what: string
  deleteLabel: string
  remove: () => Promise<unknown>
  restore: () => void
  children: ReactNode
}

/** One entry, which goes to the trash with Undo. */
function LeaveRow({ what, deleteLabel, remove, restore, children }: LeaveRowProps) {
  const toast = useToast()
  return (
    <li className="action-item">
      <span className="action-item__check">{children}</span>
      <button
        type="button"
        className="icon-button icon-button--danger icon-button--small"
        aria-label={deleteLabel}
        onClick={() =>
          void remove().then(
            () => toast({ message: `${what} moved to the trash.`, action: { label: 'Undo', run: restore } }),
            (error: Error) => toast({ message: error.message, tone: 'error' })
          )
        }
      >
        <Trash2 size={14} aria-hidden />
      </button>
    </li>
  )
}
