import { useState } from 'react'
import { Pencil, Trash2 } from 'lucide-react'
import type { Checkin, DelegationDetail } from '../../../../shared/domain/delegations'
import {
  RESPONSE_LABELS,
  SIGNAL_LABELS,
  WORKED_OUT_LABELS
} from '../../../../shared/domain/delegationVocabulary'
import { useToast } from '../../components/Toasts'
import { formatDay } from '../../lib/dates'
import { CheckInDialog, letGo } from './CheckInDialog'
import { useDeleteCheckin, useRestoreCheckin } from './hooks'

/** The delegation's check-ins, newest first; each can be corrected or moved to the trash (with Undo). */
export function CheckinTimeline({ delegation }: { delegation: DelegationDetail }) {
  const [editing, setEditing] = useState<Checkin | null>(null)
  const remove = useDeleteCheckin()
  const restore = useRestoreCheckin()
  const toast = useToast()
  const report = (error: Error) => toast({ message: error.message, tone: 'error' })
  const trash = (checkin: Checkin) =>
    remove.mutate(
      { id: checkin.id },
      {
        onSuccess: () =>
          toast({
            message: `Moved the check-in of ${formatDay(checkin.date)} to the trash.`,
            action: { label: 'Undo', run: () => restore.mutate({ id: checkin.id }, { onError: report }) }
          }),
        onError: report
      }
    )

  return (
    <section className="card timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Check-ins</h2>
      {delegation.checkins.length === 0 ? (
        <p className="muted">
          No check-ins yet. At each one, note how it is going and how you responded: holding back is a choice
          too.
        </p>
      ) : (
        <ol className="timeline__list" aria-label="Check-in timeline">
          {delegation.checkins.map((checkin) => (
            <li key={checkin.id} className="timeline__item">
              <div className="timeline__head">
                <time dateTime={checkin.date}>{formatDay(checkin.date)}</time>
                <span className={`signal signal--${checkin.signal}`}>{SIGNAL_LABELS[checkin.signal]}</span>
                <span className={`response response--${checkin.leaderResponse}`}>
                  {RESPONSE_LABELS[checkin.leaderResponse]}
                </span>
                <span className="timeline__actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Correct the check-in of ${formatDay(checkin.date)}`}
                    onClick={() => setEditing(checkin)}
                  >
                    <Pencil size={14} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={`Delete the check-in of ${formatDay(checkin.date)}`}
                    onClick={() => trash(checkin)}
                  >
                    <Trash2 size={14} aria-hidden />
                  </button>
                </span>
              </div>
              {checkin.progress && <p className="prose">{checkin.progress}</p>}
              {checkin.struggles && (
                <p className="prose">
                  <span className="timeline__label">Struggled with: </span>
                  {checkin.struggles}
                </p>
              )}
              {checkin.note && <p className="prose muted">{checkin.note}</p>}
              {letGo(checkin.leaderResponse) &&
                (checkin.workedOut ? (
                  <p className="prose worked-out">
                    <span className="timeline__label">Worked it out: </span>
                    {WORKED_OUT_LABELS[checkin.workedOut]}
                    {checkin.lesson && <> · “{checkin.lesson}”</>}
                  </p>
                ) : (
                  <button type="button" className="link-button" onClick={() => setEditing(checkin)}>
                    Did they work it out?
                  </button>
                ))}
            </li>
          ))}
        </ol>
      )}
      {editing && <CheckInDialog delegation={delegation} checkin={editing} onDone={() => setEditing(null)} />}
    </section>
  )
}
