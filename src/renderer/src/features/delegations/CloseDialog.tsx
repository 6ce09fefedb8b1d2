import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { Delegation, DelegationClose } from '../../../../shared/domain/delegations'
import { STATUS_LABELS } from '../../../../shared/domain/delegationVocabulary'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { useToast } from '../../components/Toasts'
import { todayLocal } from '../../lib/dates'
import { RadioGroup } from '../../components/RadioGroup'
import { reportCallError, schemaResolver } from '../../lib/formResolver'
import { useCloseDelegation } from './hooks'
import { FormFooter } from '../../components/FormFooter'

interface CloseValues {
  status: 'done' | 'handed_back'
  outcome: string
  lessons: string
  completedOn: string
}

/** The end of a delegation, done or handed back: what came of it and what the leader learned. */
export function CloseDialog({
  delegation,
  onDone
}: {
  delegation: Pick<Delegation, 'id' | 'title' | 'status' | 'outcome' | 'lessons' | 'completedOn'>
  onDone: () => void
}) {
  const closeDelegation = useCloseDelegation()
  const toast = useToast()
  const [open, setOpen] = useState(true)
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useForm<CloseValues, unknown, DelegationClose>({
    defaultValues: {
      status: delegation.status === 'handed_back' ? 'handed_back' : 'done',
      outcome: delegation.outcome ?? '',
      lessons: delegation.lessons ?? '',
      completedOn: delegation.completedOn ?? todayLocal()
    },
    resolver: schemaResolver(
      (schemas) => schemas.DelegationClose,
      (values: CloseValues) => ({ ...values, id: delegation.id })
    ),
    mode: 'onTouched'
  })
  const close = () => {
    setOpen(false)
    onDone()
  }

  const submit = handleSubmit(async (input) => {
    try {
      await closeDelegation.mutateAsync(input)
      toast({ message: `“${delegation.title}” is closed as ${STATUS_LABELS[input.status].toLowerCase()}.` })
      close()
    } catch (error) {
      reportCallError(error, (field, message) => setError(field as 'root', message))
    }
  })

  return (
    <Dialog title={`Close: ${delegation.title}`} open={open} onClose={close} wide>
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroup
          legend="How it ended"
          registration={register('status')}
          error={errors.status?.message}
          options={[
            { value: 'done', label: STATUS_LABELS.done, hint: 'They delivered it.' },
            { value: 'handed_back', label: STATUS_LABELS.handed_back, hint: 'It came back to you.' }
          ]}
        />
        <Field
          label="Outcome"
          hint="What came of it, against the success criteria."
          error={errors.outcome?.message}
        >
          <textarea rows={3} autoFocus {...register('outcome')} />
        </Field>
        <Field label="Lessons learned" hint="For them, and for how you lead." error={errors.lessons?.message}>
          <textarea rows={3} {...register('lessons')} />
        </Field>
        <div className="form__grid">
          <Field label="Completed on" error={errors.completedOn?.message}>
            <input type="date" {...register('completedOn')} />
          </Field>
        </div>
        <FormFooter
          error={errors.root?.message}
          onCancel={close}
          submitting={isSubmitting}
          submitLabel={'Close delegation'}
        />
      </form>
    </Dialog>
  )
}
