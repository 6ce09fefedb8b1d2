import type { FieldErrors, UseFormRegister } from 'react-hook-form'
import { CHECKIN_SIGNALS, SIGNAL_LABELS } from '../../../../shared/domain/delegationVocabulary'
import { Field } from '../../components/Field'

export interface RescueTriggerValues {
  rescueTrigger: string
  rescueSignal: string
  rescueSignalTimes: string
  rescueOn: string
}

/**
 * "I step in only if ...": the words, and what Leap can watch for. The trigger fires on the day given, or
 * when check-ins report the signal the given number of times; the words are ticked on the delegation's page.
 */
export function RescueTriggerFields<Values extends RescueTriggerValues>({
  register,
  errors
}: {
  register: UseFormRegister<Values>
  errors: FieldErrors<RescueTriggerValues>
}) {
  const on = register as unknown as UseFormRegister<RescueTriggerValues>
  return (
    <fieldset className="rescue-fields">
      <legend>Rescue trigger</legend>
      <Field
        label="I step in only if…"
        hint="The one situation in which you will take over. Anything short of it is theirs to handle."
        error={errors.rescueTrigger?.message}
      >
        <input type="text" placeholder="a customer-facing release is at risk" {...on('rescueTrigger')} />
      </Field>
      <div className="form__grid form__grid--3">
        <Field label="Or when check-ins say" error={errors.rescueSignal?.message}>
          <select {...on('rescueSignal')}>
            <option value="">No signal</option>
            {CHECKIN_SIGNALS.map((signal) => (
              <option key={signal} value={signal}>
                {SIGNAL_LABELS[signal]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="This many times" error={errors.rescueSignalTimes?.message}>
          <input type="number" min={1} max={20} step={1} placeholder="2" {...on('rescueSignalTimes')} />
        </Field>
        <Field label="Or on" error={errors.rescueOn?.message}>
          <input type="date" {...on('rescueOn')} />
        </Field>
      </div>
    </fieldset>
  )
}
