import { useFieldArray, useForm, useWatch } from 'react-hook-form'
import { Plus, TriangleAlert, X } from 'lucide-react'
import type { Delegation, DelegationCreate } from '../../../../shared/domain/delegations'
import {
  DELEGATION_STATUSES,
  STATUS_LABELS,
  type DelegationStatus
} from '../../../../shared/domain/delegationVocabulary'
import { Field } from '../../components/Field'
import { todayLocal } from '../../lib/dates'
import { useMembers } from '../members/hooks'
import { AuthorityLevelPicker } from './AuthorityLevelPicker'
import { reportCallError, schemaResolver } from '../../lib/formResolver'
import { readsLikeInstructions } from './instructions'
import { FormFooter } from '../../components/FormFooter'
import { HandOffHints } from './HandOffHints'
import { TagInput } from '../../components/TagInput'
import { useTags } from '../reflections/hooks'
import { PredictionFields } from './PredictionFields'
import { ServesGoalField } from '../goals/ServesGoalField'
import { RescueTriggerFields } from './RescueTriggerFields'
import { trimNotice } from '../../lib/trimmed'

interface DelegationFormValues {
  memberId: string
  title: string
  responsibility: string
  whyThisPerson: string
  successCriteria: { text: string }[]
  authorityLevel: string | null
  resources: string
  constraints: string
  rescueTrigger: string
  rescueSignal: string
  rescueSignalTimes: string
  rescueOn: string
  successEstimate: string
  expectedStruggle: string
  tags: string[]
  checkinEveryDays: string
  startedOn: string
  dueDate: string
  status: DelegationStatus
  goalId: string
}

interface DelegationFormProps {
  /** Editing this delegation; a new one when absent. */
  delegation?: Delegation
  /** The person it is for, when that is already decided (from their page); otherwise a picker is shown. */
  memberId?: string
  submitLabel: string
  /** `trimmed` says what saving will take off the ends of the title, if more than spaces (or null). */
  onSubmit: (input: DelegationCreate, trimmed: string | null) => Promise<unknown>
  onCancel: () => void
}

const text = (value: string | null | undefined) => value ?? ''

function initialValues(
  delegation: Delegation | undefined,
  memberId: string | undefined
): DelegationFormValues {
  return {
    memberId: delegation?.memberId ?? memberId ?? '',
    title: text(delegation?.title),
    responsibility: text(delegation?.responsibility),
    whyThisPerson: text(delegation?.whyThisPerson),
    successCriteria: (delegation?.successCriteria ?? ['']).map((criterion) => ({ text: criterion })),
    authorityLevel: delegation ? String(delegation.authorityLevel) : null,
    resources: text(delegation?.resources),
    constraints: text(delegation?.constraints),
    rescueTrigger: text(delegation?.rescueTrigger),
    rescueSignal: text(delegation?.rescueSignal),
    rescueSignalTimes: text(delegation?.rescueSignalTimes?.toString()),
    rescueOn: text(delegation?.rescueOn),
    successEstimate: text(delegation?.successEstimate?.toString()),
    expectedStruggle: text(delegation?.expectedStruggle),
    tags: delegation?.tags ?? [],
    checkinEveryDays: delegation ? text(delegation.checkinEveryDays?.toString()) : '7',
    startedOn: delegation ? text(delegation.startedOn) : todayLocal(),
    dueDate: text(delegation?.dueDate),
    status: delegation?.status ?? 'active',
    goalId: text(delegation?.goalId)
  }
}

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value))

function toInput(values: DelegationFormValues) {
  return {
    ...values,
    successCriteria: values.successCriteria.map((criterion) => criterion.text),
    authorityLevel: values.authorityLevel ? Number(values.authorityLevel) : undefined,
    checkinEveryDays: numberOrNull(values.checkinEveryDays),
    rescueSignal: values.rescueSignal === '' ? null : values.rescueSignal,
    // A signal without a count fires the second time it is seen: once can be a bad day.
    rescueSignalTimes: values.rescueSignal === '' ? null : (numberOrNull(values.rescueSignalTimes) ?? 2),
    successEstimate: numberOrNull(values.successEstimate),
    goalId: values.goalId === '' ? null : values.goalId
  }
}

/** A criterion's error belongs on its own row of the list. */
const fieldFor = (path: string) => (/^successCriteria\.\d+$/u.test(path) ? `${path}.text` : path)

/**
 * Create or edit a delegation. The same schema main uses checks it as the leader types; the authority level
 * is chosen here only for a new delegation: later changes go through "Change level", which keeps the ladder.
 */
export function DelegationForm({
  delegation,
  memberId,
  submitLabel,
  onSubmit,
  onCancel
}: DelegationFormProps) {
  const members = useMembers()
  const {
    register,
    control,
    handleSubmit,
    getValues,
    setError,
    setValue,
    formState: { errors, isSubmitting }
  } = useForm<DelegationFormValues, unknown, DelegationCreate>({
    defaultValues: initialValues(delegation, memberId),
    resolver: schemaResolver((schemas) => schemas.DelegationCreate, toInput, fieldFor),
    mode: 'onTouched'
  })
  const criteria = useFieldArray({ control, name: 'successCriteria' })
  const responsibility = useWatch({ control, name: 'responsibility' })
  const forMember = useWatch({ control, name: 'memberId' })
  const tags = useWatch({ control, name: 'tags' })
  const knownTags = useTags()

  const submit = handleSubmit(async (input) => {
    try {
      await onSubmit(input, trimNotice(getValues('title'), input.title))
    } catch (error) {
      reportCallError(error, (field, message) => setError(field as 'root', message), fieldFor)
    }
  })

  const pickMember = !delegation && !memberId
  return (
    <form className="form delegation-form" onSubmit={submit} noValidate>
      {pickMember && (
        <Field label="Team member" error={errors.memberId && 'Choose who this delegation is for.'}>
          <select {...register('memberId')}>
            <option value="">Choose a person…</option>
            {(members.data ?? []).map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {!delegation && forMember && (
        // Above the fields: an error shown under a field as it loses focus must not move it under the pointer.
        <HandOffHints
          memberId={forMember}
          tags={tags}
          onLevel={(level) => setValue('authorityLevel', String(level), { shouldValidate: true })}
        />
      )}
      <Field label="Title" error={errors.title?.message}>
        <input
          type="text"
          autoComplete="off"
          autoFocus
          placeholder="Run the release process"
          {...register('title')}
        />
      </Field>
      <Field
        label="Responsibility handed over"
        hint="The outcome they own, in markdown. Say what done looks like, not how to get there."
        error={errors.responsibility?.message}
      >
        <textarea rows={4} {...register('responsibility')} />
      </Field>
      {readsLikeInstructions(responsibility) && (
        <p className="delegation-form__nudge" role="note">
          <TriangleAlert size={16} aria-hidden />
          This reads like step-by-step instructions. Leaders delegate outcomes: describe the result you want
          and let them choose the steps.
        </p>
      )}
      <Field
        label="Why this person"
        hint="The growth it serves for them."
        error={errors.whyThisPerson?.message}
      >
        <textarea rows={2} {...register('whyThisPerson')} />
      </Field>
      <ServesGoalField
        memberId={forMember}
        current={delegation?.goalId ? { id: delegation.goalId, title: delegation.goalTitle ?? '' } : null}
        error={errors.goalId?.message}
        registration={register('goalId')}
        onOtherPerson={() => setValue('goalId', '')}
      />

      <fieldset className="criteria">
        <legend>Success criteria</legend>
        <ol className="criteria__list">
          {criteria.fields.map((row, index) => (
            <li key={row.id} className="criteria__row">
              <Field label={`Criterion ${index + 1}`} error={errors.successCriteria?.[index]?.text?.message}>
                <input
                  type="text"
                  placeholder="How you will both know it went well"
                  {...register(`successCriteria.${index}.text`)}
                />
              </Field>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove criterion ${index + 1}`}
                onClick={() => criteria.remove(index)}
              >
                <X size={16} aria-hidden />
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="button button--small" onClick={() => criteria.append({ text: '' })}>
          <Plus size={14} aria-hidden /> Add criterion
        </button>
      </fieldset>

      {!delegation && (
        <AuthorityLevelPicker
          legend="Authority level"
          registration={register('authorityLevel')}
          error={errors.authorityLevel?.message}
        />
      )}

      <Field label="Resources and support" error={errors.resources?.message}>
        <textarea rows={2} {...register('resources')} />
      </Field>
      <Field label="Constraints" error={errors.constraints?.message}>
        <textarea rows={2} {...register('constraints')} />
      </Field>
      <TagInput
        label="Area (tags)"
        value={tags}
        onChange={(next) => setValue('tags', next, { shouldDirty: true })}
        suggestions={(knownTags.data ?? []).map((tag) => tag.name)}
      />
      <RescueTriggerFields register={register} errors={errors} />

      <div className="form__grid form__grid--4">
        <Field label="Check in every (days)" error={errors.checkinEveryDays?.message}>
          <input type="number" min={1} max={365} step={1} {...register('checkinEveryDays')} />
        </Field>
        <Field label="Start date" error={errors.startedOn?.message}>
          <input type="date" {...register('startedOn')} />
        </Field>
        <Field label="Due date" error={errors.dueDate?.message}>
          <input type="date" {...register('dueDate')} />
        </Field>
        <Field label="Status" error={errors.status?.message}>
          <select {...register('status')}>
            {DELEGATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </Field>
      </div>

      <PredictionFields register={register} errors={errors} />

      <FormFooter
        error={errors.root?.message}
        onCancel={onCancel}
        submitting={isSubmitting}
        submitLabel={submitLabel}
      />
    </form>
  )
}
