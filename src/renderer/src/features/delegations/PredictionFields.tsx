import type { FieldErrors, UseFormRegister } from 'react-hook-form'
import { Field } from '../../components/Field'

export interface PredictionValues {
  successEstimate: string
  expectedStruggle: string
}

/** The leader's private prediction at hand-off: shown beside the outcome at close, exported only if chosen. */
export function PredictionFields<Values extends PredictionValues>({
  register,
  errors
}: {
  register: UseFormRegister<Values>
  errors: FieldErrors<PredictionValues>
}) {
  const on = register as unknown as UseFormRegister<PredictionValues>
  return (
    <fieldset className="prediction-fields">
      <legend>Your prediction (private)</legend>
      <p className="muted">
        Only you see this; Leap sets it beside what happened when you close the delegation.
      </p>
      <div className="form__grid form__grid--3">
        <Field label="Chance of success (%)" error={errors.successEstimate?.message}>
          <input type="number" min={0} max={100} step={5} {...on('successEstimate')} />
        </Field>
      </div>
      <Field label="Where you expect them to struggle" error={errors.expectedStruggle?.message}>
        <textarea rows={2} {...on('expectedStruggle')} />
      </Field>
    </fieldset>
  )
}
