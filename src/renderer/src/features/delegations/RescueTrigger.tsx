import type { DelegationDetail } from '../../../../shared/domain/delegations'
import { describeTrigger, rescueFired } from '../../../../shared/domain/rescueTrigger'
import { useToast } from '../../components/Toasts'
import { formatDay, todayLocal } from '../../lib/dates'
import { useUpdateDelegation } from './hooks'

/**
 * "I step in only if …" and whether it has happened: Leap watches the day and the signals; the words are
 * ticked by the leader when what they describe happens (and unticked if that was a mistake).
 */
export function RescueTrigger({ delegation: d, open }: { delegation: DelegationDetail; open: boolean }) {
  const update = useUpdateDelegation()
  const toast = useToast()
  const today = todayLocal()
  const sentence = describeTrigger(d, formatDay)
  const fired = rescueFired(
    d,
    d.checkins.map((checkin) => checkin.signal),
    today
  )
  const tick = (rescueHappenedOn: string | null) =>
    update.mutate(
      { id: d.id, rescueHappenedOn },
      { onError: (error) => toast({ message: error.message, tone: 'error' }) }
    )
  return (
    <div className={`rescue${fired && open ? ' rescue--fired' : ''}`}>
      <h2>Rescue trigger</h2>
      <p>{sentence ?? 'Not set: when would you step in?'}</p>
      {fired && open && (
        <p role="note">
          <strong>It has fired.</strong> {fired} Stepping in now is what you agreed.
        </p>
      )}
      {d.rescueTrigger && open && (
        <label className="toggle rescue__happened">
          <input
            type="checkbox"
            checked={d.rescueHappenedOn !== null}
            disabled={update.isPending}
            onChange={(event) => tick(event.target.checked ? today : null)}
          />
          It happened
          {d.rescueHappenedOn && ` (${formatDay(d.rescueHappenedOn)})`}
        </label>
      )}
    </div>
  )
}
