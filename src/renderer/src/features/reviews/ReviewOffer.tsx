import { HandHeart } from 'lucide-react'
import { RESPONSE_LABELS } from '../../../../shared/domain/delegationVocabulary'
import { useToast } from '../../components/Toasts'
import { formatDay } from '../../lib/dates'
import { useDismissReview, useReviewOffer, weeklyReview } from './hooks'
import './reviews.css'

/**
 * The weekly letting-go review, offered once a week on the Team screen after a week with check-ins: where the
 * leader stepped in or took it back, and "what could I have let go?". "Not this week" keeps it away until the
 * next week.
 */
export function ReviewOffer() {
  const offer = useReviewOffer()
  const dismiss = useDismissReview()
  const toast = useToast()
  if (!offer.data?.offered) return null
  const { week, checkinCount, interventions } = offer.data
  return (
    <section className="card review-offer" aria-labelledby="review-offer-heading">
      <HandHeart size={20} aria-hidden className="review-offer__icon" />
      <div className="review-offer__text">
        <h2 id="review-offer-heading">Weekly letting-go review</h2>
        <p>
          The week of {formatDay(week)}: {checkinCount} {checkinCount === 1 ? 'check-in' : 'check-ins'}
          {interventions.length === 0
            ? ', and you left every decision with them.'
            : `; you stepped in or took it back ${interventions.length} ${interventions.length === 1 ? 'time' : 'times'}.`}
        </p>
        {interventions.length > 0 && (
          <ul aria-label="Where you stepped in">
            {interventions.map((checkin) => (
              <li key={checkin.checkinId}>
                {formatDay(checkin.date)}: {RESPONSE_LABELS[checkin.leaderResponse].toLowerCase()} on{' '}
                <a href={`#/delegations/${checkin.delegationId}`}>{checkin.title}</a> ({checkin.memberName})
              </li>
            ))}
          </ul>
        )}
        <p className="muted">What could you have let go?</p>
      </div>
      <div className="review-offer__actions">
        <button type="button" className="button button--primary" onClick={weeklyReview.open}>
          Start the review
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            dismiss.mutate({ week }, { onError: (error) => toast({ message: error.message, tone: 'error' }) })
          }
        >
          Not this week
        </button>
      </div>
    </section>
  )
}
