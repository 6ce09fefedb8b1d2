import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { Checkin, CheckinCreate, CheckinUpdate, Delegation } from '../../../../shared/domain/delegations'
import {
  CHECKIN_SIGNALS,
  LEADER_RESPONSES,
  LETTING_GO_RESPONSES,
  RESPONSE_HINTS,
  RESPONSE_LABELS,
  SIGNAL_LABELS,
  type CheckinSignal,
  type LeaderResponse,
  type WorkedOut
} from '../../../../shared/domain/delegationVocabulary'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { useToast } from '../../components/Toasts'
import { formatDay, todayLocal } from '../../lib/dates'
import { RadioGroup } from '../../components/RadioGroup'
import { reportCallError, schemaResolver } from '../../lib/formResolver'
import { useCheckIn, useDelegation, useUpdateCheckin } from './hooks'
import { FormFooter } from '../../components/FormFooter'
import { WorkedOutFields } from './WorkedOutFields'

interface CheckInValues {
  date: string
  progress: string
  signal: CheckinSignal | null
  struggles: string
  leaderResponse: LeaderResponse | null
  note: string
  handBack: boolean
  /** The answer about this check-in (when edited) or about the last one (when it asks). */
  workedOut: WorkedOut | null
  lesson: string
}

interface CheckInDialogProps {
  delegation: Pick<Delegation, 'id' | 'title' | 'memberName' | 'status'>
  /** The check-in to correct; a new one when left out. */
  checkin?: Checkin
  /** Called when the check-in is saved or the dialog is dismissed. */
  onDone: () => void
}

export const letGo = (response: LeaderResponse | null) =>
  (LETTING_GO_RESPONSES as readonly (string | null)[]).includes(response)

/**
 * The newest check-in, when the leader let go there and nobody has said yet whether the person worked it
 * out: the next check-in asks.
 */
export function openQuestion(checkins: readonly Checkin[]): Checkin | null {
  const last = checkins[0]
  return last && letGo(last.leaderResponse) && last.workedOut === null ? last : null
}

const blank = (text: string | null) => text ?? ''

/**
 * Record a check-in on a delegation, or correct one: how it is going, and how the leader responded. Usable
 * from any screen (the delegation, the member page, the one-on-one view). Taking it back offers to mark the
 * delegation as handed back in the same call, so the two are saved together or not at all. After a check-in
 * where the leader let go, the next one asks whether the person worked it out, saved in the same call.
 */
export function CheckInDialog({ delegation, checkin, onDone }: CheckInDialogProps) {
  const canHandBack = !checkin && (delegation.status === 'active' || delegation.status === 'planned')
  const detail = useDelegation(delegation.id)
  const question = checkin ? null : openQuestion(detail.data?.checkins ?? [])
  const checkIn = useCheckIn()
  const update = useUpdateCheckin()
  const toast = useToast()
  const [open, setOpen] = useState(true)
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useForm<CheckInValues, unknown, CheckinCreate | CheckinUpdate>({
    defaultValues: {
      date: checkin?.date ?? todayLocal(),
      progress: blank(checkin?.progress ?? null),
      signal: checkin?.signal ?? null,
      struggles: blank(checkin?.struggles ?? null),
      leaderResponse: checkin?.leaderResponse ?? null,
      note: blank(checkin?.note ?? null),
      handBack: true,
      workedOut: checkin?.workedOut ?? null,
      lesson: blank(checkin?.lesson ?? null)
    },
    resolver: checkin
      ? schemaResolver(
          (schemas) => schemas.CheckinUpdate,
          ({ handBack: _, workedOut, lesson, ...values }) => ({
            ...values,
            id: checkin.id,
            signal: values.signal ?? undefined,
            leaderResponse: values.leaderResponse ?? undefined,
            ...(letGo(values.leaderResponse) ? { workedOut, lesson } : {})
          })
        )
      : schemaResolver(
          (schemas) => schemas.CheckinCreate,
          ({ handBack, workedOut, lesson, ...values }) => ({
            ...values,
            delegationId: delegation.id,
            signal: values.signal ?? undefined,
            leaderResponse: values.leaderResponse ?? undefined,
            // Only offered with "took it back", on a delegation that is still open.
            ...(values.leaderResponse === 'took_back' && canHandBack && handBack ? { handBack: true } : {}),
            ...(question && workedOut ? { followUp: { checkinId: question.id, workedOut, lesson } } : {})
          }),
          (path) => (path.startsWith('followUp.') ? path.slice('followUp.'.length) : path)
        ),
    mode: 'onTouched'
  })
  const response = useWatch({ control, name: 'leaderResponse' })

  const close = () => {
    setOpen(false)
    onDone()
  }

  const submit = handleSubmit(async (input) => {
    try {
      if ('id' in input) {
        await update.mutateAsync(input)
        toast({ message: `Check-in of ${formatDay(input.date ?? checkin!.date)} corrected.` })
      } else {
        await checkIn.mutateAsync(input)
        toast({
          message: input.handBack
            ? `Check-in saved; “${delegation.title}” is marked as handed back.`
            : `Check-in saved for “${delegation.title}”.`
        })
      }
      close()
    } catch (error) {
      reportCallError(error, (field, message) => setError(field as 'root', message))
    }
  })

  const answerErrors = { workedOut: errors.workedOut?.message, lesson: errors.lesson?.message }
  return (
    <Dialog
      title={checkin ? `Correct the check-in: ${delegation.title}` : `Check in: ${delegation.title}`}
      open={open}
      onClose={close}
      wide
    >
      <form className="form" onSubmit={submit} noValidate>
        <p className="muted">With {delegation.memberName}</p>
        {question && (
          <section className="card worked-out-question" aria-label="Since last time">
            <p>
              On {formatDay(question.date)} you {RESPONSE_LABELS[question.leaderResponse].toLowerCase()}
              {question.struggles ? ` while they struggled with: ${question.struggles}` : ''}.
            </p>
            <WorkedOutFields
              workedOut={register('workedOut')}
              lesson={register('lesson')}
              errors={answerErrors}
            />
          </section>
        )}
        <div className="form__grid">
          <Field label="Date" error={errors.date?.message}>
            <input type="date" {...register('date')} />
          </Field>
        </div>
        <Field label="Progress" error={errors.progress?.message}>
          <textarea rows={2} autoFocus={!question} {...register('progress')} />
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
          options={LEADER_RESPONSES.map((option) => ({
            value: option,
            label: RESPONSE_LABELS[option],
            hint: RESPONSE_HINTS[option]
          }))}
          registration={register('leaderResponse')}
        />
        {response === 'took_back' && canHandBack && (
          <label className="toggle checkin__hand-back">
            <input type="checkbox" {...register('handBack')} />
            Also mark the delegation as handed back
          </label>
        )}
        {checkin && letGo(response) && (
          <WorkedOutFields
            workedOut={register('workedOut')}
            lesson={register('lesson')}
            errors={answerErrors}
          />
        )}
        <Field label="Note" error={errors.note?.message}>
          <textarea rows={2} {...register('note')} />
        </Field>
        <FormFooter
          error={errors.root?.message}
          onCancel={close}
          submitting={isSubmitting}
          submitLabel={checkin ? 'Save correction' : 'Save check-in'}
        />
      </form>
    </Dialog>
  )
}
