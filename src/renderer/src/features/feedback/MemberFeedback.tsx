import { useEffect, useState } from 'react'
import { MessageSquareHeart } from 'lucide-react'
import type { Feedback } from '../../../../shared/domain/feedback'
import { FEEDBACK_COUNT_DAYS, PRAISE_NUDGE_DAYS } from '../../../../shared/domain/feedbackVocabulary'
import { Dialog } from '../../components/Dialog'
import { useHashQuery } from '../../lib/router'
import { openLoopDialog } from '../oneOnOnes/loopDialogs'
import { DeliverDialog } from './DeliverDialog'
import { FeedbackForm } from './FeedbackForm'
import { FeedbackRow } from './FeedbackRow'
import { useFeedback, useFeedbackSummary } from './hooks'
import { countLine } from './labels'
import './feedback.css'

/** On a person's page: the feedback given and to deliver, its count over 90 days, and a nudge to praise. */
export function MemberFeedback({ member }: { member: { id: string; name: string } }) {
  const list = useFeedback(member.id)
  const summary = useFeedbackSummary(member.id)
  const found = useHashQuery().get('feedback')
  const [editing, setEditing] = useState<Feedback | null>(null)
  const [delivering, setDelivering] = useState<Feedback | null>(null)
  const items = list.data ?? []
  const shown = items.some((item) => item.id === found)

  // Opened from search: bring the entry into view once it is drawn.
  useEffect(() => {
    if (!shown) return
    const row = document.getElementById(`feedback-${found}`)
    row?.scrollIntoView({ block: 'center' })
    row?.focus({ preventScroll: true })
  }, [found, shown])

  return (
    <section className="card member-feedback" aria-labelledby="member-feedback-title">
      <header className="member-feedback__header">
        <div>
          <h2 id="member-feedback-title">Feedback</h2>
          {summary.data && (
            <p className="muted member-feedback__count">
              {countLine(summary.data.praise, summary.data.redirect, FEEDBACK_COUNT_DAYS)}
              {summary.data.toDeliver > 0 && ` · ${summary.data.toDeliver} to deliver`}
            </p>
          )}
        </div>
        <button
          type="button"
          className="button button--small"
          onClick={() => openLoopDialog('feedback', member)}
        >
          <MessageSquareHeart size={14} aria-hidden /> Log feedback
        </button>
      </header>
      {summary.data?.nudge && (
        <p className="banner member-feedback__nudge" role="status">
          No praise for {member.name} in {PRAISE_NUDGE_DAYS} days. What have they done well lately?
        </p>
      )}
      {list.isSuccess && items.length === 0 ? (
        <p className="muted">
          No feedback yet. Praise and redirects you log here, as situation, behaviour and impact, build the
          picture you bring to a review.
        </p>
      ) : (
        <ul className="action-list" aria-label={`Feedback for ${member.name}`}>
          {items.map((item) => (
            <FeedbackRow
              key={item.id}
              feedback={item}
              highlighted={item.id === found}
              onEdit={() => setEditing(item)}
              onDeliver={() => setDelivering(item)}
            />
          ))}
        </ul>
      )}
      <Dialog
        title={`Edit feedback for ${member.name}`}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <FeedbackForm
            memberId={member.id}
            memberName={member.name}
            feedback={editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Dialog>
      <DeliverDialog feedback={delivering} memberName={member.name} onClose={() => setDelivering(null)} />
    </section>
  )
}
