import { useState } from 'react'
import type {
  Feedback,
  FeedbackCreate,
  FeedbackKind,
  FeedbackUpdate
} from '../../../../shared/domain/feedback'
import { Field } from '../../components/Field'
import { FormFooter } from '../../components/FormFooter'
import { RadioGroup } from '../../components/RadioGroup'
import { todayLocal } from '../../lib/dates'
import { useLeaveForm } from '../leave/LeaveForms'
import { useGoals } from '../goals/hooks'
import { useCreateFeedback, useUpdateFeedback } from './hooks'
import { KIND_OPTIONS } from './labels'
import './feedback.css'

type When = 'today' | 'day' | 'deliver'

const WHEN_OPTIONS = [
  { value: 'today', label: 'Today' },
  { value: 'day', label: 'On a day' },
  { value: 'deliver', label: 'At the next one-on-one' }
] as const

interface FeedbackFormProps {
  memberId: string
  memberName: string
  /** The feedback to edit; new feedback when left out. */
  feedback?: Feedback
  onDone: (saved: Feedback) => void
  onCancel: () => void
}

/**
 * Feedback as situation, behaviour, impact, and their response. Feedback to deliver waits as a talking point
 * for the next one-on-one; their response is written once it is given.
 */
export function FeedbackForm({ memberId, memberName, feedback, onDone, onCancel }: FeedbackFormProps) {
  const create = useCreateFeedback()
  const update = useUpdateFeedback()
  const [kind, setKind] = useState<FeedbackKind>(feedback?.kind ?? 'praise')
  const [situation, setSituation] = useState(feedback?.situation ?? '')
  const [behaviour, setBehaviour] = useState(feedback?.behaviour ?? '')
  const [impact, setImpact] = useState(feedback?.impact ?? '')
  const [response, setResponse] = useState(feedback?.response ?? '')
  const [when, setWhen] = useState<When>(feedback ? 'day' : 'today')
  const [day, setDay] = useState(feedback?.givenOn ?? todayLocal())
  const [goalId, setGoalId] = useState(feedback?.goalId ?? '')
  const goals = useGoals(memberId)
  // The person's active goals, and the one this feedback speaks to even once achieved or dropped.
  const goalChoices = (goals.data ?? []).filter((goal) => goal.status === 'active' || goal.id === goalId)
  const toDeliver = feedback ? feedback.givenOn === null : when === 'deliver'
  const send = async (input: FeedbackCreate | FeedbackUpdate) => {
    onDone(
      'id' in input ? await update.mutateAsync(input) : await create.mutateAsync(input as FeedbackCreate)
    )
  }
  const form = useLeaveForm<typeof FeedbackCreate | typeof FeedbackUpdate>(
    (schemas) => (feedback ? schemas.FeedbackUpdate : schemas.FeedbackCreate),
    send
  )
  const texts = { situation, behaviour, impact, goalId: goalId || null, ...(toDeliver ? {} : { response }) }
  const input = feedback
    ? { id: feedback.id, kind, ...texts, ...(toDeliver ? {} : { givenOn: day }) }
    : {
        memberId,
        kind,
        ...texts,
        givenOn: when === 'deliver' ? null : when === 'today' ? todayLocal() : day
      }
  return (
    <form className="form feedback-form" onSubmit={form.submit(input)} noValidate>
      <RadioGroup
        legend="Kind"
        look="segmented"
        options={KIND_OPTIONS}
        value={kind}
        onChange={(value) => value && setKind(value)}
        error={form.errors.kind}
      />
      <Field label="Situation" hint="When and where: “In Tuesday’s planning…”" error={form.errors.situation}>
        <textarea rows={2} value={situation} onChange={(event) => setSituation(event.target.value)} />
      </Field>
      <Field
        label="Behaviour"
        hint="What they did or said, as a camera would see it"
        error={form.errors.behaviour}
      >
        <textarea
          rows={2}
          autoFocus
          value={behaviour}
          onChange={(event) => setBehaviour(event.target.value)}
        />
      </Field>
      <Field label="Impact" hint="What it changed, for you, the team or the work" error={form.errors.impact}>
        <textarea rows={2} value={impact} onChange={(event) => setImpact(event.target.value)} />
      </Field>
      {goalChoices.length > 0 && (
        <Field label="Speaks to the goal" error={form.errors.goalId}>
          <select value={goalId} onChange={(event) => setGoalId(event.target.value)}>
            <option value="">No goal</option>
            {goalChoices.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </select>
        </Field>
      )}
      {!feedback && (
        <RadioGroup
          legend="Given"
          options={WHEN_OPTIONS}
          value={when}
          onChange={(value) => value && setWhen(value)}
        />
      )}
      {!toDeliver && (when === 'day' || feedback) && (
        <Field label="Given on" error={form.errors.givenOn}>
          <input type="date" value={day} onChange={(event) => setDay(event.target.value)} />
        </Field>
      )}
      {toDeliver ? (
        <p className="muted feedback-form__note">
          It waits as a talking point for your next one-on-one with {memberName}; mark it delivered there.
        </p>
      ) : (
        <Field label={`${memberName}’s response`} error={form.errors.response}>
          <textarea rows={2} value={response} onChange={(event) => setResponse(event.target.value)} />
        </Field>
      )}
      <FormFooter
        error={form.failed}
        onCancel={onCancel}
        submitting={form.sending}
        submitLabel={feedback ? 'Save changes' : 'Log feedback'}
      />
    </form>
  )
}
