import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { AuthorityChangeInput, Delegation } from '../../../../shared/domain/delegations'
import { authorityLevel } from '../../../../shared/domain/delegationVocabulary'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { useToast } from '../../components/Toasts'
import { todayLocal } from '../../lib/dates'
import { AuthorityLevelPicker } from './AuthorityLevelPicker'
import { reportCallError, schemaResolver } from '../../lib/formResolver'
import { useChangeLevel } from './hooks'
import { FormFooter } from '../../components/FormFooter'

interface LevelValues {
  toLevel: string | null
  reason: string
  changedOn: string
}

/** Raise or lower a delegation's authority, with the reason: each change becomes a step on the ladder. */
export function ChangeLevelDialog({
  delegation,
  onDone
}: {
  delegation: Pick<Delegation, 'id' | 'title' | 'authorityLevel'>
  onDone: () => void
}) {
  const change = useChangeLevel()
  const toast = useToast()
  const [open, setOpen] = useState(true)
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useForm<LevelValues, unknown, AuthorityChangeInput>({
    defaultValues: { toLevel: null, reason: '', changedOn: todayLocal() },
    resolver: schemaResolver(
      (schemas) => schemas.AuthorityChangeInput,
      (values: LevelValues) => ({
        ...values,
        id: delegation.id,
        toLevel: values.toLevel ? Number(values.toLevel) : undefined
      })
    ),
    mode: 'onTouched'
  })
  const chosen = Number(useWatch({ control, name: 'toLevel' }) ?? 0)
  const direction = chosen > delegation.authorityLevel ? 'Raise' : 'Lower'
  const close = () => {
    setOpen(false)
    onDone()
  }

  const submit = handleSubmit(async (input) => {
    try {
      const saved = await change.mutateAsync(input)
      const { name } = authorityLevel(saved.authorityLevel)
      toast({ message: `“${delegation.title}” is now at level ${saved.authorityLevel} · ${name}.` })
      close()
    } catch (error) {
      reportCallError(error, (field, message) => setError(field as 'root', message))
    }
  })

  return (
    <Dialog title={`Change authority: ${delegation.title}`} open={open} onClose={close} wide>
      <form className="form" onSubmit={submit} noValidate>
        <AuthorityLevelPicker
          legend="New authority level"
          registration={register('toLevel')}
          error={errors.toLevel?.message}
          current={delegation.authorityLevel}
        />
        <Field
          label="Reason"
          hint="What changed: trust earned, a stretch, or a step back for now."
          error={errors.reason?.message}
        >
          <textarea rows={2} {...register('reason')} />
        </Field>
        <div className="form__grid">
          <Field label="Date of the change" error={errors.changedOn?.message}>
            <input type="date" {...register('changedOn')} />
          </Field>
        </div>
        <FormFooter
          error={errors.root?.message}
          onCancel={close}
          submitting={isSubmitting}
          submitLabel={
            chosen >= 1 && chosen <= 7 && chosen !== delegation.authorityLevel
              ? `${direction} to ${chosen} · ${authorityLevel(chosen).name}`
              : 'Change level'
          }
        />
      </form>
    </Dialog>
  )
}
