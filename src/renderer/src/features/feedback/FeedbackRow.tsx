import { Check, Pencil, Trash2 } from 'lucide-react'
import type { Feedback } from '../../../../shared/domain/feedback'
import { useToast } from '../../components/Toasts'
import { formatDay } from '../../lib/dates'
import { write } from '../../lib/query'
import '../actionItems/actionItems.css'
import { KIND_LABELS } from './labels'

interface FeedbackRowProps {
  feedback: Feedback
  /** Opened from search: drawn out so the eye finds it. */
  highlighted: boolean
  onEdit: () => void
  onDeliver: () => void
}

/** One piece of feedback: praise or redirect, the behaviour, the rest in a line, and what can be done with it. */
export function FeedbackRow({ feedback, highlighted, onEdit, onDeliver }: FeedbackRowProps) {
  const toast = useToast()
  const report = (error: Error) => toast({ message: error.message, tone: 'error' })
  const details = [
    feedback.situation,
    feedback.impact && `Impact: ${feedback.impact}`,
    feedback.response && `Response: ${feedback.response}`
  ].filter(Boolean)
  return (
    <li
      id={`feedback-${feedback.id}`}
      className={`action-item feedback-row${highlighted ? ' feedback-row--found' : ''}`}
      tabIndex={highlighted ? -1 : undefined}
    >
      <div className="feedback-row__main">
        <span className={`badge feedback-badge feedback-badge--${feedback.kind}`}>
          {KIND_LABELS[feedback.kind]}
        </span>
        <span className="feedback-row__behaviour">{feedback.behaviour}</span>
        {details.length > 0 && <span className="feedback-row__details">{details.join(' · ')}</span>}
      </div>
      <span className="feedback-row__meta">
        {feedback.givenOn ? (
          <span className="muted">{formatDay(feedback.givenOn)}</span>
        ) : (
          <>
            <span className="badge badge--accent">To deliver</span>
            <button type="button" className="button button--small" onClick={onDeliver}>
              <Check size={14} aria-hidden /> Delivered
            </button>
          </>
        )}
        <button
          type="button"
          className="icon-button icon-button--small"
          aria-label={`Edit feedback: ${feedback.behaviour}`}
          onClick={onEdit}
        >
          <Pencil size={14} aria-hidden />
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger icon-button--small"
          aria-label={`Delete feedback: ${feedback.behaviour}`}
          // Not a mutation's own callbacks: the row is gone from the refreshed list before they would run.
          onClick={() =>
            write('feedback.delete', { id: feedback.id }).then(
              () =>
                toast({
                  message: 'Feedback moved to the trash.',
                  action: {
                    label: 'Undo',
                    run: () => void write('feedback.restore', { id: feedback.id }).catch(report)
                  }
                }),
              report
            )
          }
        >
          <Trash2 size={14} aria-hidden />
        </button>
      </span>
    </li>
  )
}
