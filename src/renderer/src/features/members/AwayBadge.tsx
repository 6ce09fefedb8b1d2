import { formatShortDay } from '../../lib/dates'
import type { CadenceStatus } from './cadence'

/** "Away until 3 Jan" while away; "Away from 20 Dec" when time away is planned. */
export function AwayBadge({ awayUntil, awayFrom }: Pick<CadenceStatus, 'awayUntil' | 'awayFrom'>) {
  if (awayUntil) return <span className="badge">Away until {formatShortDay(awayUntil)}</span>
  if (awayFrom) return <span className="badge">Away from {formatShortDay(awayFrom)}</span>
  return null
}
