import { Trash2 } from 'lucide-react'
import { useState } from 'react'
import type { ActionItem, ActionStatus } from '../../../../shared/domain/actionItems'
import { useToast, useUndoToast } from '../../components/Toasts'
import { formatDay, todayLocal } from '../../lib/dates'
import { navigate } from '../../lib/router'
import { CarriedFrom } from '../talkingPoints/CarriedFrom'
import { useDeleteActionItem, useRestoreActionItem, useUpdateActionItem } from './hooks'
import './actionItems.css'

interface ActionItemRowProps {
  item: ActionItem
  /** Show whose item it is (in lists that span people). */
  showMember?: boolean
  /** A list item of a `<ul>` (the default), or of a `role="list"` (a VirtualList). */
  as?: 'li' | 'div'
  /** In a one-on-one: the day an open item has been carried from. */
  carriedFrom?: string | null
}

/** One action item: tick it done (or open again), see owner and due date, move it to the trash. */
export function ActionItemRow({ item, showMember, as: Item = 'li', carriedFrom = null }: ActionItemRowProps) {
  const update = useUpdateActionItem()
  const remove = useDeleteActionItem()
  const restore = useRestoreActionItem()
  const toast = useToast()
  const undoable = useUndoToast()
  const report = (error: Error) => toast({ message: error.message, tone: 'error' })
  const reopen = (status: ActionStatus) => update.mutateAsync({ id: item.id, status }).catch(report)
  // Show the tick at once (set in the same event, so the checkbox never flips back); the journal's answer,
  // and every list that refreshes with it, follows.
  const [ticking, setTicking] = useState<ActionStatus | null>(null)
  const status = ticking ?? item.status
  const done = status === 'done'
  const overdue = status === 'open' && item.dueDate !== null && item.dueDate < todayLocal()

  return (
    <Item role={Item === 'div' ? 'listitem' : undefined} className={`action-item action-item--${status}`}>
      <label className="action-item__check">
        <input
          type="checkbox"
          checked={done}
          aria-label={`Done: ${item.text}`}
          onChange={(event) => {
            const next = event.target.checked ? 'done' : 'open'
            setTicking(next)
            // A promise rather than mutate's callbacks: a ticked item leaves the open list (this row with
            // it) as soon as the lists refresh, and mutate's callbacks die with the row.
            update
              .mutateAsync({ id: item.id, status: next })
              .then(
                () => next === 'done' && undoable(`Done: ${item.text}`, () => void reopen(item.status)),
                report
              )
              .finally(() => setTicking(null))
          }}
        />
        <span className="action-item__text">
          {item.text}
          <CarriedFrom day={status === 'open' ? carriedFrom : null} />
        </span>
      </label>
      <span className="action-item__meta">
        <span className={item.owner === 'me' ? 'badge badge--accent' : 'badge'}>
          {item.owner === 'me' ? 'Me' : 'Them'}
        </span>
        {showMember && item.memberName && item.memberId && (
          <button type="button" className="link-button" onClick={() => navigate(`/team/${item.memberId}`)}>
            {item.memberName}
          </button>
        )}
        {item.dueDate && (
          <span className={overdue ? 'action-item__due action-item__due--overdue' : 'action-item__due'}>
            {overdue ? 'Overdue · ' : 'Due '}
            {formatDay(item.dueDate)}
          </span>
        )}
        <button
          type="button"
          className="icon-button icon-button--danger icon-button--small"
          aria-label={`Delete action item: ${item.text}`}
          onClick={() =>
            // As the tick above: the row leaves the list once it refreshes, and mutate's callbacks with it.
            remove
              .mutateAsync({ id: item.id })
              .then(
                () =>
                  undoable(
                    'Action item moved to the trash.',
                    () => void restore.mutateAsync({ id: item.id }).catch(report)
                  ),
                report
              )
          }
        >
          <Trash2 size={14} aria-hidden />
        </button>
      </span>
    </Item>
  )
}
