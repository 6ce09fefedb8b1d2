import { useState, type FormEvent, type ReactNode } from 'react'
import type { z } from 'zod'
import { Field } from '../../components/Field'
import { FormFooter } from '../../components/FormFooter'
import { plusDays } from '../../../../shared/domain/cadence'
import { LeapCallError } from '../../lib/api'
import { formSchemas, notChecked, type SchemaOf } from '../../lib/formResolver'
import { useSubmitOnce } from '../../lib/submitOnce'
import { todayLocal } from '../../lib/dates'
import { useMarkAway, useSkipOneOnOne } from './hooks'

interface LeaveFormProps {
  memberId: string
  onDone: () => void
  onCancel: () => void
}

/**
 * Checked in the page with the schema main uses, so a mistake shows on its field at once; what main refuses
 * anyway shows under the form.
 */
export function useLeaveForm<S extends z.ZodType>(
  schemaOf: SchemaOf<S>,
  send: (input: z.output<S>) => Promise<void>
) {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failed, setFailed] = useState<string | undefined>()
  const { busy: sending, once } = useSubmitOnce()
  const submit = (input: unknown) => (event: FormEvent) => {
    event.preventDefault()
    void once(() => check(input))
  }
  const check = async (input: unknown) => {
    const schemas = await formSchemas().catch((error: unknown) => notChecked(error))
    if (typeof schemas === 'string') return setFailed(schemas)
    const parsed = schemaOf(schemas).safeParse(input)
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]))
      )
      return
    }
    setErrors({})
    setFailed(undefined)
    try {
      await send(parsed.data)
    } catch (error) {
      // A refusal about a field (a control character, a goal of someone else) is shown at that field.
      if (error instanceof LeapCallError && Object.keys(error.fields).length > 0) setErrors(error.fields)
      else setFailed((error as Error).message)
    }
  }
  return { errors, failed, sending, submit }
}

function LeaveForm(props: {
  onSubmit: (event: FormEvent) => void
  onCancel: () => void
  failed: string | undefined
  sending: boolean
  submitLabel: string
  children: ReactNode
}) {
  return (
    <form className="form" onSubmit={props.onSubmit} noValidate>
      <div className="form__grid">{props.children}</div>
      <FormFooter
        error={props.failed}
        onCancel={props.onCancel}
        submitLabel={props.submitLabel}
        submitting={props.sending}
      />
    </form>
  )
}

/** Away from a day to a day (both included): the cadence pauses, and no overdue badge shows meanwhile. */
export function AwayForm({ memberId, onDone, onCancel }: LeaveFormProps) {
  const markAway = useMarkAway()
  const [startsOn, setStartsOn] = useState(todayLocal())
  const [endsOn, setEndsOn] = useState(plusDays(todayLocal(), 13))
  const [note, setNote] = useState('')
  const form = useLeaveForm(
    (schemas) => schemas.AwayCreate,
    async (input) => {
      await markAway.mutateAsync(input)
      onDone()
    }
  )
  return (
    <LeaveForm
      onSubmit={form.submit({ memberId, startsOn, endsOn, note })}
      onCancel={onCancel}
      failed={form.failed}
      sending={form.sending}
      submitLabel="Mark away"
    >
      <Field label="First day away" error={form.errors.startsOn}>
        <input type="date" value={startsOn} onChange={(event) => setStartsOn(event.target.value)} />
      </Field>
      <Field label="Last day away" error={form.errors.endsOn}>
        <input type="date" value={endsOn} onChange={(event) => setEndsOn(event.target.value)} />
      </Field>
      <Field label="Note (optional)" hint="Parental leave, a course, a holiday…" error={form.errors.note}>
        <input type="text" value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} />
      </Field>
    </LeaveForm>
  )
}

/** One one-on-one not held, with the reason: it settles that one, and the next is due a cadence later. */
export function SkipForm({ memberId, onDone, onCancel }: LeaveFormProps) {
  const skip = useSkipOneOnOne()
  const [date, setDate] = useState(todayLocal())
  const [reason, setReason] = useState('')
  const form = useLeaveForm(
    (schemas) => schemas.SkipCreate,
    async (input) => {
      await skip.mutateAsync(input)
      onDone()
    }
  )
  return (
    <LeaveForm
      onSubmit={form.submit({ memberId, date, reason })}
      onCancel={onCancel}
      failed={form.failed}
      sending={form.sending}
      submitLabel="Skip it"
    >
      <Field label="Day of the one-on-one" error={form.errors.date}>
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </Field>
      <Field label="Reason" error={form.errors.reason}>
        <input
          type="text"
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
    </LeaveForm>
  )
}
