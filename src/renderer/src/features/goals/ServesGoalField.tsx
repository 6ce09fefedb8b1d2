import { useEffect, useRef } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { Field } from '../../components/Field'
import { useGoals } from './hooks'

interface ServesGoalFieldProps {
  /** The person the delegation is for; '' while none is chosen. */
  memberId: string
  /** The goal an edited delegation serves now (its person is fixed), listed even when no longer active. */
  current: { id: string; title: string } | null
  error: string | undefined
  registration: UseFormRegisterReturn
  /** The person changed: a goal chosen before is someone else's. */
  onOtherPerson: () => void
}

/** "Serves the goal": one of the person's active growth goals, or none. */
export function ServesGoalField({
  memberId,
  current,
  error,
  registration,
  onOtherPerson
}: ServesGoalFieldProps) {
  const goals = useGoals(memberId || null)
  const shownFor = useRef(memberId)
  useEffect(() => {
    if (shownFor.current === memberId) return
    shownFor.current = memberId
    onOtherPerson()
  }, [memberId, onOtherPerson])
  const active = (goals.data ?? []).filter((goal) => goal.status === 'active' && goal.id !== current?.id)
  const choices = current ? [current, ...active] : active
  return (
    <Field
      label="Serves the goal"
      hint={
        memberId && goals.isSuccess && choices.length === 0
          ? 'They have no active growth goal yet; add one on their page.'
          : 'The growth goal of theirs this delegation serves, if any.'
      }
      error={error}
    >
      <select {...registration} disabled={!memberId}>
        <option value="">No goal</option>
        {choices.map((goal) => (
          <option key={goal.id} value={goal.id}>
            {goal.title}
          </option>
        ))}
      </select>
    </Field>
  )
}
