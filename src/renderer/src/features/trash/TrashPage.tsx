import { ArchiveRestore, Trash2 } from 'lucide-react'
import type { Channel } from '../../../../shared/ipc/contract'
import type { TrashItem, TrashKind } from '../../../../shared/domain/trash'
import { EmptyState } from '../../components/EmptyState'
import { useToast } from '../../components/Toasts'
import { write } from '../../lib/query'
import { useTrash } from './hooks'

const KIND_LABELS: Record<TrashKind, string> = {
  member: 'Team member',
  reflection: 'Reflection',
  delegation: 'Delegation',
  action_item: 'Action item',
  checkin: 'Check-in',
  talking_point: 'Talking point',
  away_period: 'Time away',
  skip: 'Skipped one-on-one',
  goal: 'Growth goal',
  feedback: 'Feedback'
}

type RestoreChannel = Extract<
  Channel,
  `${string}.restore` | `${string}.restoreCheckin` | `${string}.restoreAway` | `${string}.restoreSkip`
>

/** The call that brings each kind back. */
const restoreChannel: Record<TrashKind, RestoreChannel> = {
  member: 'members.restore',
  reflection: 'reflections.restore',
  delegation: 'delegations.restore',
  action_item: 'actionItems.restore',
  checkin: 'delegations.restoreCheckin',
  talking_point: 'talkingPoints.restore',
  away_period: 'leave.restoreAway',
  skip: 'leave.restoreSkip',
  goal: 'goals.restore',
  feedback: 'feedback.restore'
}

const deletedAtFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** What was deleted, newest first, each with a way back. */
export function TrashPage() {
  const trash = useTrash()
  const toast = useToast()
  const items = trash.data ?? []

  const restore = async (item: TrashItem, channel: RestoreChannel) => {
    try {
      await write(channel, { id: item.id })
      toast({ message: `Restored “${item.title}”.` })
    } catch (error) {
      toast({ message: (error as Error).message, tone: 'error' })
    }
  }

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1>Trash</h1>
          <p className="page__subtitle">
            Deleted entries stay here, with everything that belonged to them, until you restore them.
          </p>
        </div>
      </header>
      {trash.isSuccess && items.length === 0 ? (
        <EmptyState icon={<Trash2 size={28} />} title="The trash is empty">
          <p>
            Whatever you delete (a person, a reflection, a delegation, a check-in, an action item, a talking
            point, feedback, a growth goal, time away) waits here so you can change your mind.
          </p>
        </EmptyState>
      ) : (
        <ul className="member-list" aria-label="Deleted entries">
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="member-row trash-row">
              <span className="trash-row__what">
                <span className="badge">{KIND_LABELS[item.kind]}</span>
                <span className="member-row__name">{item.title}</span>
                {item.context && <span className="member-row__role">{item.context}</span>}
              </span>
              <span className="member-row__role">
                Deleted {deletedAtFormat.format(new Date(item.deletedAt))}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => restore(item, restoreChannel[item.kind])}
                aria-label={`Restore ${item.title}`}
              >
                <ArchiveRestore size={14} aria-hidden /> Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
