import { Check, Pencil, RotateCcw, Trash2, X } from 'lucide-react'
import type { Goal, GoalStatus } from '../../../../shared/domain/goals'
import { STATUS_LABELS } from '../../../../shared/domain/delegationVocabulary'
import { useToast, useUndoToast } from '../../components/Toasts'
import { formatDay } from '../../lib/dates'
import { write } from '../../lib/query'
import { navigate } from '../../lib/router'
import { LevelBadge } from '../delegations/LevelBadge'
import { GOAL_STATUS_LABELS } from '../../../../shared/domain/goalVocabulary'
import { useDeleteGoal, useUpdateGoal } from './hooks'

interface GoalCardProps {
  goal: Goal
  onEdit: () => void
  /** Opened from a search result: shown marked. */
  highlighted: boolean
}

/** One growth goal: where it stands, why, the delegations serving it and the feedback speaking to it. */
export function GoalCard({ goal, onEdit, highlighted }: GoalCardProps) {
  const update = useUpdateGoal()
  const remove = useDeleteGoal()
  const toast = useToast()
  const undoToast = useUndoToast()
  const report = (error: Error) => toast({ message: error.message, tone: 'error' })
  const setStatus = (status: GoalStatus, done: string) =>
    update.mutate(
      { id: goal.id, status },
      {
        onSuccess: () => undoToast(done, () => update.mutate({ id: goal.id, status: goal.status })),
        onError: report
      }
    )

  return (
    <li
      id={`goal-${goal.id}`}
      className={`goal goal--${goal.status}${highlighted ? ' goal--highlighted' : ''}`}
      aria-label={`Goal: ${goal.title}`}
    >
      <header className="goal__header">
        <h3 className="goal__title">{goal.title}</h3>
        <span className={`badge goal__status goal__status--${goal.status}`}>
          {GOAL_STATUS_LABELS[goal.status]}
        </span>
      </header>
      {goal.why && <p className="goal__why">{goal.why}</p>}
      <div className="goal__columns">
        <div>
          <h4>Delegations serving it</h4>
          {goal.delegations.length === 0 ? (
            <p className="muted">None yet. A delegation can serve it: choose it under “Serves the goal”.</p>
          ) : (
            <ul className="goal__list">
              {goal.delegations.map((delegation) => (
                <li key={delegation.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => navigate(`/delegations/${delegation.id}`)}
                  >
                    {delegation.title}
                  </button>
                  <LevelBadge level={delegation.authorityLevel} />
                  <span className="badge">{STATUS_LABELS[delegation.status]}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4>Feedback</h4>
          {goal.feedback.length === 0 ? (
            <p className="muted">No feedback about it yet.</p>
          ) : (
            <ul className="goal__list">
              {goal.feedback.map((entry) => (
                <li key={entry.id}>
                  <span className={entry.kind === 'praise' ? 'badge goal__praise' : 'badge badge--warning'}>
                    {entry.kind === 'praise' ? 'Praise' : 'Redirect'}
                  </span>
                  <span className="goal__feedback-text">{entry.behaviour}</span>
                  <span className="muted">{entry.givenOn ? formatDay(entry.givenOn) : 'To deliver'}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <footer className="goal__actions">
        {goal.status === 'active' ? (
          <>
            <button
              type="button"
              className="button button--small"
              aria-label={`Mark achieved: ${goal.title}`}
              onClick={() => setStatus('achieved', `Marked achieved: ${goal.title}.`)}
            >
              <Check size={14} aria-hidden /> Mark achieved
            </button>
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={`Drop: ${goal.title}`}
              onClick={() => setStatus('dropped', `Dropped: ${goal.title}.`)}
            >
              <X size={14} aria-hidden /> Drop
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--small button--ghost"
            aria-label={`Make active again: ${goal.title}`}
            onClick={() => setStatus('active', `Active again: ${goal.title}.`)}
          >
            <RotateCcw size={14} aria-hidden /> Make active again
          </button>
        )}
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={`Edit goal: ${goal.title}`}
          onClick={onEdit}
        >
          <Pencil size={14} aria-hidden /> Edit
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger icon-button--small"
          aria-label={`Delete goal: ${goal.title}`}
          onClick={() =>
            // The card is gone once the list refreshes; the promise still says when to offer Undo.
            remove
              .mutateAsync({ id: goal.id })
              .then(() =>
                undoToast('Growth goal moved to the trash.', () =>
                  write('goals.restore', { id: goal.id }).catch(report)
                )
              )
              .catch(report)
          }
        >
          <Trash2 size={14} aria-hidden />
        </button>
      </footer>
    </li>
  )
}
