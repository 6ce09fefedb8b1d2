import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { CheckinCreate, type Delegation } from '../../../../shared/domain/delegations'
import {
  CHECKIN_SIGNALS,
  LEADER_RESPONSES,
  RESPONSE_HINTS,
  RESPONSE_LABELS,
  SIGNAL_LABELS,
  type CheckinSignal,
  type LeaderResponse
} from '../../../../shared/domain/delegationVocabulary'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { useToast } from '../../components/Toasts'
import { todayLocal } from '../../lib/dates'
import { RadioGroup } from '../../components/RadioGroup'
import { reportCallError, schemaResolver } from './formResolver'
import { useCheckIn } from './hooks'
import { FormFooter } from '../../components/FormFooter'

interface CheckInValues {
  date: string
  progress: string
  signal: CheckinSignal | null
  struggles: string
  leaderResponse: LeaderResponse | null
  note: string
  handBack: boolean
}

interface CheckInDialogProps {
  delegation: Pick<Delegation, 'id' | 'title' | 'memberName' | 'status'>
  /** Called when the check-in is saved or the dialog is dismissed. */
  onDone: () => void
}

/**
 * Record a check-in on a delegation: how it is going, and how the leader responded. Usable from any screen
 * (the delegation, the member page, the one-on-one view). Taking it back offers to mark the delegation as
 * handed back in the same call, so the two are saved together or not at all.
 */
export function CheckInDialog({ delegation, onDone }: CheckInDialogProps) {
  const canHandBack = delegation.status === 'active' || delegation.status === 'planned'
  const checkIn = useCheckIn()
  const toast = useToast()
  const [open, setOpen] = useState(true)
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useForm<CheckInValues, unknown, CheckinCreate>({
    defaultValues: {
      date: todayLocal(),
      progress: '',
      signal: null,
      struggles: '',
      leaderResponse: null,
      note: '',
      handBack: true
    },
    resolver: schemaResolver(CheckinCreate, ({ handBack, ...values }) => ({
      ...values,
      delegationId: delegation.id,
      signal: values.signal ?? undefined,
      leaderResponse: values.leaderResponse ?? undefined,
      // Only offered with "took it back", on a delegation that is still open.
      ...(values.leaderResponse === 'took_back' && canHandBack && handBack ? { handBack: true } : {})
    })),
    mode: 'onTouched'
  })
  const tookBack = useWatch({ control, name: 'leaderResponse' }) === 'took_back'

  const close = () => {
    setOpen(false)
    onDone()
  }

  const submit = handleSubmit(async (input) => {
    try {
      await checkIn.mutateAsync(input)
      toast({
        message: input.handBack
          ? `Check-in saved; “${delegation.title}” is marked as handed back.`
          : `Check-in saved for “${delegation.title}”.`
      })
      close()
    } catch (error) {
      reportCallError(error, (field, message) => setError(field as 'root', message))
    }
  })

  return (
    <Dialog title={`Check in: ${delegation.title}`} open={open} onClose={close} wide>
      <form className="form" onSubmit={submit} noValidate>
        <p className="muted">With {delegation.memberName}</p>
        <div className="form__grid">
          <Field label="Date" error={errors.date?.message}>
            <input type="date" {...register('date')} />
          </Field>
        </div>
        <Field label="Progress" error={errors.progress?.message}>
          <textarea rows={2} autoFocus {...register('progress')} />
        </Field>
        <RadioGroup
          legend="Signal"
          error={errors.signal?.message}
          options={CHECKIN_SIGNALS.map((signal) => ({ value: signal, label: SIGNAL_LABELS[signal] }))}
          registration={register('signal')}
        />
        <Field label="What they struggled with" error={errors.struggles?.message}>
          <textarea rows={2} {...register('struggles')} />
        </Field>
        <RadioGroup
          legend="How you responded"
          error={errors.leaderResponse?.message}
          options={LEADER_RESPONSES.map((response) => ({
            value: response,
            label: RESPONSE_LABELS[response],
            hint: RESPONSE_HINTS[response]
          }))}
          registration={register('leaderResponse')}
        />
        {tookBack && canHandBack && (
          <label className="toggle checkin__hand-back">
            <input type="checkbox" {...register('handBack')} />
            Also mark the delegation as handed back
          </label>
        )}
        <Field label="Note" error={errors.note?.message}>
          <textarea rows={2} {...register('note')} />
        </Field>
        <FormFooter
          error={errors.root?.message}
          onCancel={close}
          submitting={isSubmitting}
          submitLabel={'Save check-in'}
        />
      </form>
    </Dialog>
  )
}
