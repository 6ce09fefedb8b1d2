import { Trash2 } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import type { TalkingPoint } from '../../../../shared/domain/talkingPoints'
import { useToast } from '../../components/Toasts'
import { CarriedFrom } from './CarriedFrom'
import { useDeleteTalkingPoint, useDiscussTalkingPoint, useRestoreTalkingPoint } from './hooks'

interface TalkingPointRowProps {
  point: TalkingPoint
  /** In a one-on-one: the reflection a tick links the point to (saving a new one first). */
  discussIn?: () => Promise<string>
  carriedFrom?: string | null
  /** What else the point is, shown beside whose it is (the feedback it carries). */
  about?: ReactNode
}

/** One talking point: whose it is, since when it waits, ticked as discussed in a one-on-one, or deleted. */
export function TalkingPointRow({ point, discussIn, carriedFrom = null, about }: TalkingPointRowProps) {
  const discuss = useDiscussTalkingPoint()
  const remove = useDeleteTalkingPoint()
  const restore = useRestoreTalkingPoint()
  const toast = useToast()
  const report = (error: Error) => toast({ message: error.message, tone: 'error' })
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
          onClick={() =>
            remove.mutate(
              { id: point.id },
              {
                onSuccess: () =>
                  toast({
                    message: 'Talking point moved to the trash.',
                    action: { label: 'Undo', run: () => restore.mutate({ id: point.id }) }
                  }),
                onError: report
              }
            )
          }
        >
          <Trash2 size={14} aria-hidden />
        </button>
      </span>
    </li>
  )
}
