import { Trash2 } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import type { TalkingPoint } from '../../../../shared/domain/talkingPoints'
import { useToast, useUndoToast } from '../../components/Toasts'
import { write } from '../../lib/query'
import { CarriedFrom } from './CarriedFrom'
import { useDiscussTalkingPoint } from './hooks'

interface TalkingPointRowProps {
  point: TalkingPoint
  /** In a one-on-one: the reflection a tick links the point to (saving a new one first). */
  discussIn?: () => Promise<string>
  carriedFrom?: string | null
  /** What else the point is, shown beside whose it is (the feedback it carries). */
  about?: ReactNode
  /**
   * The feedback still to deliver that this point carries: deleting the point deletes that feedback, which
   * takes the point with it, so no feedback is left waiting for a one-on-one it will never show in.
   */
  feedbackToDeliver?: string
}

/** One talking point: whose it is, since when it waits, ticked as discussed in a one-on-one, or deleted. */
export function TalkingPointRow({
  point,
  discussIn,
  carriedFrom = null,
  about,
  feedbackToDeliver
}: TalkingPointRowProps) {
  const discuss = useDiscussTalkingPoint()
  const toast = useToast()
  const undoToast = useUndoToast()
  const report = (error: Error) => toast({ message: error.message, tone: 'error' })
  // Awaited here, not in a mutation's callbacks: the row leaves the list as soon as the list refreshes.
  const remove = async () => {
    if (feedbackToDeliver) {
      await write('feedback.delete', { id: feedbackToDeliver })
      undoToast('Feedback to deliver moved to the trash, with its talking point.', () => {
        write('feedback.restore', { id: feedbackToDeliver }).catch(report)
      })
    } else {
      await write('talkingPoints.delete', { id: point.id })
      undoToast('Talking point moved to the trash.', () => {
        write('talkingPoints.restore', { id: point.id }).catch(report)
      })
    }
  }
  // The tick shows at once; the journal's answer, and every list that refreshes with it, follows.
  const [ticking, setTicking] = useState<boolean | null>(null)
  const discussed = ticking ?? point.reflectionId !== null
  const text = (
    <span className="action-item__text">
      {point.text}
      <CarriedFrom day={discussed ? null : carriedFrom} />
    </span>
  )

  return (
    <li className={`action-item talking-point${discussed ? ' action-item--done' : ''}`}>
      {discussIn ? (
        <label className="action-item__check">
          <input
            type="checkbox"
            checked={discussed}
            aria-label={`Discussed: ${point.text}`}
            onChange={(event) => {
              const next = event.target.checked
              setTicking(next)
              ;(next ? discussIn() : Promise.resolve(null))
                .then((reflectionId) => discuss.mutateAsync({ id: point.id, reflectionId }))
                .catch(report)
                .finally(() => setTicking(null))
            }}
          />
          {text}
        </label>
      ) : (
        <span className="action-item__check">{text}</span>
      )}
      <span className="action-item__meta">
        {about}
        <span className={point.owner === 'me' ? 'badge badge--accent' : 'badge'}>
          {point.owner === 'me' ? 'Mine' : 'Theirs'}
        </span>
        <button
          type="button"
          className="icon-button icon-button--danger icon-button--small"
          aria-label={`Delete talking point: ${point.text}`}
          onClick={() => void remove().catch(report)}
        >
          <Trash2 size={14} aria-hidden />
        </button>
      </span>
    </li>
  )
}
