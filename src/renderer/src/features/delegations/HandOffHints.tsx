import { Lightbulb } from 'lucide-react'
import { authorityLevel } from '../../../../shared/domain/delegationVocabulary'
import { useAuthorityInsights } from '../insights/hooks'
import { useLettingGo } from './hooks'

const LESSONS_SHOWN = 3

/**
 * What a new delegation to this person can build on: the level they are ready for (they finished enough at
 * the one below without the leader stepping in), and what they learned the last times the leader let go.
 */
export function HandOffHints({ memberId, onLevel }: { memberId: string; onLevel: (level: number) => void }) {
  const authority = useAuthorityInsights(memberId)
  const record = useLettingGo(memberId)
  const person = authority.data?.members[0]
  const nudge = person?.nudge
  const lessons = (record.data?.lessons ?? []).filter((lesson) => lesson.lesson).slice(0, LESSONS_SHOWN)
  if (!nudge && lessons.length === 0) return null
  const next = nudge && authorityLevel(nudge.level + 1)
  return (
    <div className="hand-off-hints" role="note" aria-label="Before you hand it over">
      {nudge && next && person && (
        <p>
          <Lightbulb size={14} aria-hidden /> {person.name} finished {nudge.count} at{' '}
          {authorityLevel(nudge.level).name} without you stepping in.{' '}
          <button type="button" className="link-button" onClick={() => onLevel(next.level)}>
            Start this one at {next.level} {next.name}
          </button>
        </p>
      )}
      {lessons.length > 0 && (
        <>
          <p>What they learned when you let go:</p>
          <ul>
            {lessons.map((lesson) => (
              <li key={lesson.checkinId}>
                <q>{lesson.lesson}</q> <span className="muted">({lesson.title})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
