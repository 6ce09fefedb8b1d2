import type { Delegation } from '../../../../shared/domain/delegations'
import { STATUS_LABELS } from '../../../../shared/domain/delegationVocabulary'
import { scorePrediction } from '../../../../shared/domain/predictions'

const VERDICT_WORDS = {
  under: 'you under-estimated',
  over: 'you over-estimated',
  as_expected: 'as you expected'
} as const

/** The leader's private prediction, and once closed, set beside what happened. */
export function Prediction({ delegation: d }: { delegation: Delegation }) {
  if (d.successEstimate === null && d.expectedStruggle === null) return null
  const verdict = scorePrediction(d.successEstimate, d.status)
  return (
    <section className="card prediction" aria-labelledby="prediction-heading">
      <h2 id="prediction-heading">Your prediction (private)</h2>
      {d.successEstimate !== null && (
        <p>
          {d.successEstimate}% chance of success
          {verdict && (
            <>
              {' '}
              · {STATUS_LABELS[d.status].toLowerCase()}:{' '}
              <strong>
                {VERDICT_WORDS[verdict]} {d.memberName}
              </strong>
            </>
          )}
        </p>
      )}
      {d.expectedStruggle && (
        <p className="prose">
          <span className="timeline__label">Expected them to struggle with: </span>
          {d.expectedStruggle}
        </p>
      )}
    </section>
  )
}
