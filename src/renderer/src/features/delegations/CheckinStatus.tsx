import type { Delegation } from '../../../../shared/domain/delegations'
import { SIGNAL_LABELS } from '../../../../shared/domain/delegationVocabulary'
import { daysBetween, formatDay, shortSpan } from '../../lib/dates'
import { daysOverdue } from './checkinDue'

/** The last check-in and whether the next one is due: the line a leader scans before a one-on-one. */
export function CheckinStatus({ delegation, today }: { delegation: Delegation; today: string }) {
  const late = daysOverdue(delegation, today)
  return (
    <span className="checkin-status">
      {delegation.lastCheckinOn ? (
        <span>
          Last check-in {formatDay(delegation.lastCheckinOn)}
          {delegation.lastSignal && (
            <span className={`signal signal--${delegation.lastSignal}`}>
              {SIGNAL_LABELS[delegation.lastSignal]}
            </span>
          )}
        </span>
      ) : (
        <span className="muted">No check-in yet</span>
      )}
      {late !== null ? (
        <span className="badge badge--warning">
          {late === 0 ? 'Check-in due today' : `Check-in overdue ${shortSpan(late)}`}
        </span>
      ) : (
        delegation.nextCheckinDue && (
          <span className="muted">Next in {shortSpan(daysBetween(today, delegation.nextCheckinDue))}</span>
        )
      )}
    </span>
  )
}
