import { useState, type FormEvent } from 'react'
import type { Goal } from '../../../../shared/domain/goals'
import { Field } from '../../components/Field'
import { FormFooter } from '../../components/FormFooter'
import { formSchemas, notChecked } from '../../lib/formResolver'
import { useSubmitOnce } from '../../lib/submitOnce'
import { useCreateGoal, useUpdateGoal } from './hooks'

interface GoalFormProps {
  memberId: string
  /** Editing this goal; a new one when absent. */
  goal?: Goal
  /** A new goal's title to start from (a growth area made a goal). */
  initialTitle?: string
  onDone: (goal: Goal) => void
  onCancel: () => void
}

/** A goal's title and why, checked with the schema main uses; what main refuses shows under the form. */
export function GoalForm({ memberId, goal, initialTitle = '', onDone, onCancel }: GoalFormProps) {
  const create = useCreateGoal()
  const update = useUpdateGoal()
  const [title, setTitle] = useState(goal?.title ?? initialTitle)
  const [why, setWhy] = useState(goal?.why ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failed, setFailed] = useState<string | undefined>()
  const { busy: sending, once } = useSubmitOnce()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void once(save)
  }
  const save = async () => {
    const schemas = await formSchemas().catch((error: unknown) => notChecked(error))
    if (typeof schemas === 'string') return setFailed(schemas)
    const parsed = schemas.GoalCreate.safeParse({ memberId, title, why })
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]))
      )
      return
    }
    setErrors({})
    try {
      const input = { title: parsed.data.title, why: parsed.data.why ?? null }
      onDone(
        goal
          ? await update.mutateAsync({ id: goal.id, ...input })
          : await create.mutateAsync({ memberId, ...input })
      )
    } catch (error) {
      setFailed((error as Error).message)
    }
  }

  return (
    <form
      className="form"
      onSubmit={submit}
      noValidate
      aria-label={goal ? 'Edit growth goal' : 'New growth goal'}
    >
      <Field label="Goal" hint="What they are growing towards, in a line." error={errors.title}>
        <input
          type="text"
          autoComplete="off"
          autoFocus
          maxLength={200}
          value={title}
          placeholder="Chair the quarterly planning"
          onChange={(event) => setTitle(event.target.value)}
        />
      </Field>
      <Field label="Why it matters to them (optional)" error={errors.why}>
        <textarea rows={3} value={why} onChange={(event) => setWhy(event.target.value)} />
      </Field>
      <FormFooter
        error={failed}
        onCancel={onCancel}
        submitLabel={goal ? 'Save goal' : 'Add goal'}
        submitting={sending}
      />
    </form>
  )
}
