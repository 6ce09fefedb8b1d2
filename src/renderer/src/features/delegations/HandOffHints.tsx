import { Lightbulb } from 'lucide-react'
import { authorityLevel } from '../../../../shared/domain/delegationVocabulary'
import { useAuthorityInsights } from '../insights/hooks'
import { useAreaLessons, useLettingGo } from './hooks'

const LESSONS_SHOWN = 3

/**
 * What a new delegation to this person can build on: the level they are ready for (they finished enough at
 * the one below without the leader stepping in), what was learned before in the same area (its tags), and
 * what they learned the last times the leader let go.
 */
export function HandOffHints({
  memberId,
  tags,
  onLevel
}: {
  memberId: string
  /** The area of the delegation being written: lessons learned there, by anyone, show too. */
  tags: readonly string[]
  onLevel: (level: number) => void
}) {
  const authority = useAuthorityInsights(memberId)
  const record = useLettingGo(memberId)
  const area = useAreaLessons(tags)
  const person = authority.data?.members[0]
  const nudge = person?.nudge
  const lessons = (record.data?.lessons ?? []).filter((lesson) => lesson.lesson).slice(0, LESSONS_SHOWN)
  const inArea = area.data ?? []
  if (!nudge && lessons.length === 0 && inArea.length === 0) return null
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
      {inArea.length > 0 && (
        <>
          <p>Learned before in {tags.join(', ')}:</p>
          <ul aria-label="Lessons in this area">
            {inArea.map((lesson) => (
              <li key={`${lesson.delegationId}-${lesson.date}`}>
                <q>{lesson.lesson}</q>{' '}
                <span className="muted">
                  ({lesson.title}, {lesson.memberName})
                </span>
              </li>
            ))}
          </ul>
        </>
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
