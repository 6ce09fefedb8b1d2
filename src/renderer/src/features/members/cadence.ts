import type { Member } from '../../../../shared/domain/members'
import { daysBetween } from '../../lib/dates'

export interface CadenceStatus {
  /** Days since the last one-on-one, or null if there has been none. */
  daysSince: number | null
  /** Days past the member's cadence; 0 when on time. A member never met is due from their first day. */
  daysOverdue: number
}

export function cadenceStatus(
  member: Pick<Member, 'lastOneOnOne' | 'cadenceDays' | 'createdAt'>,
  today: string
): CadenceStatus {
  const reference = member.lastOneOnOne ?? member.createdAt.slice(0, 10)
  const elapsed = daysBetween(reference, today)
  return {
    daysSince: member.lastOneOnOne ? daysBetween(member.lastOneOnOne, today) : null,
    daysOverdue: Math.max(0, elapsed - member.cadenceDays)
  }
}
