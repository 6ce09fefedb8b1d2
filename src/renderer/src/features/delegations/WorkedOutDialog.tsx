import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { CheckinUpdate } from '../../../../shared/domain/delegations'
import type { WorkedOut } from '../../../../shared/domain/delegationVocabulary'
import { Dialog } from '../../components/Dialog'
import { FormFooter } from '../../components/FormFooter'
import { useToast } from '../../components/Toasts'
import { formatDay } from '../../lib/dates'
import { reportCallError, schemaResolver } from '../../lib/formResolver'
import { useUpdateCheckin } from './hooks'
import { WorkedOutFields } from './WorkedOutFields'

interface Props {
  checkinId: string
  title: string
  date: string
  onDone: () => void
}

/** The answer to "did they work it out?" about one check-in, noted during the one-on-one. */
export function WorkedOutDialog({ checkinId, title, date, onDone }: Props) {
  const update = useUpdateCheckin()
  const toast = useToast()
  const [open, setOpen] = useState(true)
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useForm<{ workedOut: WorkedOut | null; lesson: string }, unknown, CheckinUpdate>({
    defaultValues: { workedOut: null, lesson: '' },
    resolver: schemaResolver(
      (schemas) => schemas.CheckinUpdate,
      (values) => ({ id: checkinId, ...values })
    ),
    mode: 'onTouched'
  })
  const close = () => {
    setOpen(false)
    onDone()
  }
  const submit = handleSubmit(async (input) => {
    try {
      await update.mutateAsync(input)
      toast({ message: `Noted for the check-in of ${formatDay(date)}.` })
      close()
    } catch (error) {
      reportCallError(error, (field, message) => setError(field as 'root', message))
    }
  })
  return (
    <Dialog title={`Did they work it out: ${title}`} open={open} onClose={close}>
      <form className="form" onSubmit={submit} noValidate>
        <WorkedOutFields
          legend={`Since ${formatDay(date)}, did they work it out?`}
          workedOut={register('workedOut', { required: 'Choose yes, partly or no.' })}
          lesson={register('lesson')}
          errors={{ workedOut: errors.workedOut?.message, lesson: errors.lesson?.message }}
        />
        <FormFooter
          error={errors.root?.message}
          onCancel={close}
          submitting={isSubmitting}
          submitLabel="Save answer"
        />
      </form>
    </Dialog>
  )
}
