import { awayFrom, cadenceDue } from '../../../../shared/domain/cadence'
import type { Member } from '../../../../shared/domain/members'
import { daysBetween } from '../../lib/dates'

export interface CadenceStatus {
  /** Days since the last one-on-one, or null if there has been none. */
  daysSince: number | null
  /**
   * Days past the member's cadence (days away not counted; shared/domain/cadence.ts); 0 when on time or away.
   * A member never met is due from their first day.
   */
  daysOverdue: number
  /** The last day of the time away that holds today, or null when they are here. */
  awayUntil: string | null
  /** While here: the first day of the next time away planned, if any. */
  awayFrom: string | null
}

export function cadenceStatus(
  member: Pick<Member, 'lastOneOnOne' | 'lastSkipped' | 'away' | 'cadenceDays' | 'createdAt'>,
  today: string
): CadenceStatus {
  const due = cadenceDue(
    {
      cadenceDays: member.cadenceDays,
      lastOneOnOne: member.lastOneOnOne,
      lastSkipped: member.lastSkipped,
      addedOn: member.createdAt.slice(0, 10),
      away: member.away
    },
    today
  )
  return {
    daysSince: member.lastOneOnOne ? daysBetween(member.lastOneOnOne, today) : null,
    daysOverdue: due.daysOverdue,
    awayUntil: due.awayUntil,
    awayFrom: due.awayUntil ? null : awayFrom(member.away, today)
  }
}
