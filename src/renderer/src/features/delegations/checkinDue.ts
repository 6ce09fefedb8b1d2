import type { Delegation } from '../../../../shared/domain/delegations'
import { daysBetween } from '../../lib/dates'

/** Days past the next check-in (0 when due today), or null when none is due yet or none is expected. */
export function daysOverdue(delegation: Pick<Delegation, 'nextCheckinDue'>, today: string): number | null {
  if (!delegation.nextCheckinDue) return null
  const late = daysBetween(delegation.nextCheckinDue, today)
  return late >= 0 ? late : null
}

/** The board's order: overdue check-ins first (most overdue on top), then by the next check-in, then due date. */
export function byCheckinUrgency(today: string) {
  return (a: Delegation, b: Delegation): number => {
    const lateA = daysOverdue(a, today) ?? -1
    const lateB = daysOverdue(b, today) ?? -1
    if (lateA !== lateB) return lateB - lateA
    return (a.nextCheckinDue ?? '9999').localeCompare(b.nextCheckinDue ?? '9999')
  }
}
