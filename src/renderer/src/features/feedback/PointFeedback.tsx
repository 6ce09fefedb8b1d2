import { Check } from 'lucide-react'
import type { Feedback } from '../../../../shared/domain/feedback'
import { KIND_LABELS } from './labels'
import './feedback.css'

/** On a talking point that carries feedback: which kind, and "Delivered" while it is still to give. */
export function PointFeedback({ feedback, onDeliver }: { feedback: Feedback; onDeliver: () => void }) {
  return (
    <>
      <span className={`badge feedback-badge--${feedback.kind}`}>{KIND_LABELS[feedback.kind]}</span>
      {feedback.givenOn === null && (
        <button
          type="button"
          className="button button--small"
          aria-label={`Delivered: ${feedback.behaviour}`}
          onClick={onDeliver}
        >
          <Check size={14} aria-hidden /> Delivered
        </button>
      )}
    </>
  )
}
