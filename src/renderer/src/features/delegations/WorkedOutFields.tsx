import type { UseFormRegisterReturn } from 'react-hook-form'
import { WORKED_OUT_ANSWERS, WORKED_OUT_LABELS } from '../../../../shared/domain/delegationVocabulary'
import { Field } from '../../components/Field'
import { RadioGroup } from '../../components/RadioGroup'

interface Props {
  workedOut: UseFormRegisterReturn
  lesson: UseFormRegisterReturn
  errors: { workedOut?: string | undefined; lesson?: string | undefined }
  legend?: string
}

/** "Did they work it out?" and what they learned, in their words: asked after the leader let go. */
export function WorkedOutFields({ workedOut, lesson, errors, legend = 'Did they work it out?' }: Props) {
  return (
    <>
      <RadioGroup
        legend={legend}
        error={errors.workedOut}
        options={WORKED_OUT_ANSWERS.map((answer) => ({ value: answer, label: WORKED_OUT_LABELS[answer] }))}
        registration={workedOut}
      />
      <Field label="What they learned, in their words" error={errors.lesson}>
        <textarea rows={2} {...lesson} />
      </Field>
    </>
  )
}
