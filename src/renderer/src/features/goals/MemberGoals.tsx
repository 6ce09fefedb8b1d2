import { useEffect, useState } from 'react'
import { Plus, Sprout } from 'lucide-react'
import type { Goal } from '../../../../shared/domain/goals'
import { Dialog } from '../../components/Dialog'
import { useToast } from '../../components/Toasts'
import { useHashQuery } from '../../lib/router'
import { GoalCard } from './GoalCard'
import { GoalForm } from './GoalForm'
import { growthAreasToOffer } from './growthAreas'
import { useGoals } from './hooks'
import './goals.css'

interface MemberGoalsProps {
  member: { id: string; name: string; growthAreas: string | null }
}

/** What the form is open for: a goal to edit, or a new one (maybe from a growth area). */
type Editing = { goal: Goal } | { title: string } | null

/**
 * On a person's page: their growth goals, active first, each with what serves it; and the lines of their
 * growth areas that are not goals yet, each one step from becoming one.
 */
export function MemberGoals({ member }: MemberGoalsProps) {
  const goals = useGoals(member.id)
  const toast = useToast()
  const [editing, setEditing] = useState<Editing>(null)
  const opened = useHashQuery().get('goal')
  const list = goals.data ?? []
  const offers = goals.isSuccess
    ? growthAreasToOffer(
        member.growthAreas,
        list.map((goal) => goal.title)
      )
    : []

  useEffect(() => {
    if (opened && goals.isSuccess)
      document.getElementById(`goal-${opened}`)?.scrollIntoView({ block: 'center' })
  }, [opened, goals.isSuccess])

  return (
    <section className="card member-goals" aria-labelledby="member-goals-title">
      <header className="member-goals__header">
        <h2 id="member-goals-title">Growth goals</h2>
        <button type="button" className="button" onClick={() => setEditing({ title: '' })}>
          <Plus size={16} aria-hidden /> Add goal
        </button>
      </header>
      {goals.isError && (
        <p className="banner banner--error" role="alert">
          {goals.error.message}
        </p>
      )}
      {goals.isSuccess && list.length === 0 && (
        <p className="muted">
          No growth goals yet. A goal names what {member.name} is growing towards; delegations and feedback
          can then serve it.
        </p>
      )}
      {offers.length > 0 && (
        <ul className="member-goals__offers" aria-label="Growth areas not yet goals">
          {offers.map((line) => (
            <li key={line}>
              <Sprout size={14} aria-hidden />
              <span>{line}</span>
              <button
                type="button"
                className="button button--small"
                aria-label={`Make it a goal: ${line}`}
                onClick={() => setEditing({ title: line })}
              >
                Make it a goal
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.length > 0 && (
        <ul className="member-goals__list">
          {list.map((goal) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              highlighted={goal.id === opened}
              onEdit={() => setEditing({ goal })}
            />
          ))}
        </ul>
      )}
      <Dialog
        title={editing && 'goal' in editing ? 'Edit growth goal' : `Add growth goal for ${member.name}`}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <GoalForm
            memberId={member.id}
            {...('goal' in editing ? { goal: editing.goal } : { initialTitle: editing.title })}
            onCancel={() => setEditing(null)}
            onDone={(goal) => {
              setEditing(null)
              toast({ message: `Saved the goal “${goal.title}”.` })
            }}
          />
        )}
      </Dialog>
    </section>
  )
}
