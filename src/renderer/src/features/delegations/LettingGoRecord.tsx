import { WORKED_OUT_LABELS } from '../../../../shared/domain/delegationVocabulary'
import { tallyPredictions, tallySentence } from '../../../../shared/domain/predictions'
import { formatDay } from '../../lib/dates'
import { useLettingGo } from './hooks'

const LESSONS_SHOWN = 5

/**
 * Whether letting go worked with this person: how often they worked it out when the leader held back or only
 * asked, their lessons in their words, and how the leader's predictions compared with what happened.
 */
export function LettingGoRecord({ memberId, name }: { memberId: string; name: string }) {
  const record = useLettingGo(memberId)
  if (!record.data) return null
  const { workedOut, lessons, predictions } = record.data
  const answered = workedOut.yes + workedOut.partly + workedOut.no
  const sentence = tallySentence(
    name,
    tallyPredictions(predictions.map((p) => ({ successEstimate: p.successEstimate, status: p.status })))
  )
  if (answered === 0 && workedOut.unanswered === 0 && !sentence) return null
  return (
    <section className="letting-go-record" aria-labelledby={`letting-go-${memberId}`}>
      <h3 id={`letting-go-${memberId}`}>When you let go</h3>
      {answered > 0 ? (
        <p>
          Worked it out without you: <strong>{workedOut.yes}</strong> of {answered}
          {workedOut.partly > 0 && `, partly ${workedOut.partly}`}.
        </p>
      ) : (
        <p className="muted">No answers yet to “did they work it out?”.</p>
      )}
      {workedOut.unanswered > 0 && (
        <p className="muted">
          {workedOut.unanswered} {workedOut.unanswered === 1 ? 'time' : 'times'} you let go still to ask
          about.
        </p>
      )}
      {lessons.some((lesson) => lesson.lesson) && (
        <ul className="letting-go-record__lessons" aria-label="Their lessons">
          {lessons
            .filter((lesson) => lesson.lesson)
            .slice(0, LESSONS_SHOWN)
            .map((lesson) => (
              <li key={lesson.checkinId}>
                <q>{lesson.lesson}</q>{' '}
                <span className="muted">
                  <a href={`#/delegations/${lesson.delegationId}`}>{lesson.title}</a>,{' '}
                  {formatDay(lesson.date)} · {WORKED_OUT_LABELS[lesson.workedOut]}
                </span>
              </li>
            ))}
        </ul>
      )}
      {sentence && <p className="letting-go-record__predictions">{sentence}</p>}
    </section>
  )
}
