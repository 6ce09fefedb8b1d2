import './talkingPoints.css'
import { formatDay } from '../../lib/dates'

/** "Carried from 12 Nov 2026": the item was already open at an earlier one-on-one. */
export function CarriedFrom({ day }: { day: string | null }) {
  if (day === null) return null
  return <span className="carried-from">Carried from {formatDay(day)}</span>
}
