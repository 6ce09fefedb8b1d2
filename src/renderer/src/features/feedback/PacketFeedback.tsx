import type { Packet } from '../../../../shared/domain/packets'
import { formatDay } from '../../lib/dates'
import { KIND_LABELS, countLine } from './labels'

/** The review packet's feedback: how much of each, then each piece as situation, behaviour, impact, response. */
export function PacketFeedback({ feedback }: { feedback: Packet['feedbackGiven'] }) {
  if (feedback.length === 0) return <p className="muted">None logged in this period.</p>
  const praise = feedback.filter((f) => f.kind === 'praise').length
  return (
    <>
      <p>{countLine(praise, feedback.length - praise)}.</p>
      <ul>
        {feedback.map((f) => (
          <li key={f.id}>
            {formatDay(f.givenOn)}, {KIND_LABELS[f.kind].toLowerCase()}: {f.behaviour}
            {[
              ['Situation', f.situation],
              ['Impact', f.impact],
              ['Their response', f.response]
            ].map(
              ([label, text]) =>
                text && (
                  <p key={label} className="packet__text">
                    {label}: {text}
                  </p>
                )
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
