import { useForm } from 'react-hook-form'
import type { Member, MemberFieldsInput } from '../../../../shared/domain/members'
import { Field } from '../../components/Field'
import { LeapCallError } from '../../lib/api'
import { typedValuesResolver } from '../../lib/formResolver'
import { FormFooter } from '../../components/FormFooter'
import { usePreferences } from '../settings/hooks'

interface MemberFormProps {
  member?: Member
  submitLabel: string
  onSubmit: (fields: MemberFieldsInput) => Promise<unknown>
  onCancel: () => void
}

const blank = (value: string | null | undefined): string => value ?? ''

function initialValues(member: Member | undefined, defaultCadenceDays: number): MemberFieldsInput {
  return {
    name: blank(member?.name),
    role: blank(member?.role),
    team: blank(member?.team),
    email: blank(member?.email),
    startDate: blank(member?.startDate),
    strengths: blank(member?.strengths),
    growthAreas: blank(member?.growthAreas),
    aspirations: blank(member?.aspirations),
    notes: blank(member?.notes),
    cadenceDays: member?.cadenceDays ?? defaultCadenceDays
  }
}

/** Add or edit a person; a new one starts with the one-on-one cadence chosen in Settings. */
export function MemberForm(props: MemberFormProps) {
  const defaultCadenceDays = usePreferences()?.defaultCadenceDays
  if (defaultCadenceDays === undefined) return <div aria-busy="true" />
  return <MemberFieldsForm {...props} defaultCadenceDays={defaultCadenceDays} />
}

/**
 * Validated in the page with the same schema main uses, so a mistake is shown at once; main checks again,
 * and anything it refuses is shown on the field it names.
 */
function MemberFieldsForm({
  member,
  defaultCadenceDays,
  submitLabel,
  onSubmit,
  onCancel
}: MemberFormProps & { defaultCadenceDays: number }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useForm<MemberFieldsInput>({
    defaultValues: initialValues(member, defaultCadenceDays),
    resolver: typedValuesResolver((schemas) => schemas.MemberFields),
    mode: 'onTouched'
  })

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values)
    } catch (error) {
      if (error instanceof LeapCallError && Object.keys(error.fields).length > 0) {
        for (const [field, message] of Object.entries(error.fields)) {
          setError(field in values ? (field as keyof MemberFieldsInput) : 'root', { message })
        }
      } else {
        setError('root', { message: error instanceof Error ? error.message : String(error) })
      }
    }
  })

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="form__grid">
        <Field label="Name" error={errors.name?.message}>
          <input type="text" autoComplete="off" autoFocus {...register('name')} />
        </Field>
        <Field label="Role" error={errors.role?.message}>
          <input type="text" placeholder="e.g. Senior engineer" {...register('role')} />
        </Field>
        <Field label="Team" error={errors.team?.message}>
          <input type="text" placeholder="e.g. Payments" {...register('team')} />
        </Field>
        <Field label="Email" error={errors.email?.message}>
          <input type="email" autoComplete="off" {...register('email')} />
        </Field>
        <Field label="Start date" error={errors.startDate?.message}>
          <input type="date" {...register('startDate')} />
        </Field>
        <Field
          label="One-on-one every (days)"
          hint="Leap marks them overdue after this."
          error={errors.cadenceDays?.message}
        >
          <input
            type="number"
            min={1}
            max={365}
            step={1}
            {...register('cadenceDays', { valueAsNumber: true })}
          />
        </Field>
      </div>
      <Field label="Strengths" error={errors.strengths?.message}>
        <textarea rows={2} {...register('strengths')} />
      </Field>
      <Field label="Growth areas" error={errors.growthAreas?.message}>
        <textarea rows={2} {...register('growthAreas')} />
      </Field>
      <Field
        label="Aspirations"
        hint="Where they want to grow: the delegations you give can serve this."
        error={errors.aspirations?.message}
      >
        <textarea rows={2} {...register('aspirations')} />
      </Field>
      <Field label="Notes" error={errors.notes?.message}>
        <textarea rows={3} {...register('notes')} />
      </Field>
      <FormFooter
        error={errors.root?.message}
        onCancel={onCancel}
        submitting={isSubmitting}
        submitLabel={submitLabel}
      />
    </form>
  )
}
