import type { UseFormRegisterReturn } from 'react-hook-form'

interface ChoiceGroupProps {
  legend: string
  options: { value: string; label: string; hint?: string }[]
  registration: UseFormRegisterReturn
  error?: string | undefined
  /** Extra class per option, e.g. to colour signals. */
  optionClass?: (value: string) => string
}

/** A set of radio "chips": every option visible at once, one click to choose. */
export function ChoiceGroup({ legend, options, registration, error, optionClass }: ChoiceGroupProps) {
  return (
    <fieldset className={error ? 'choices choices--invalid' : 'choices'}>
      <legend>{legend}</legend>
      <div className="choices__options">
        {options.map(({ value, label, hint }) => (
          <label key={value} className={`choice ${optionClass?.(value) ?? ''}`}>
            <input type="radio" value={value} {...registration} />
            <span className="choice__label">{label}</span>
            {hint && <span className="choice__hint">{hint}</span>}
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
