import { useId, type ReactNode } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import './radio-group.css'

export interface RadioOption<T extends string | number> {
  value: T
  /** The option's accessible name, and what it shows unless `content` is given. */
  label: string
  /** A line under the label, read as the option's description. */
  hint?: string
  /** What the option shows instead of its label (the label stays its name). */
  content?: ReactNode
  title?: string
}

/** Bound to a react-hook-form field, or controlled by the caller (optionally cleared by choosing it again). */
type Binding<T> =
  | { registration: UseFormRegisterReturn; value?: never; onChange?: never; clearable?: never }
  | { value: T | null; onChange: (value: T | null) => void; clearable?: boolean; registration?: never }

type RadioGroupProps<T extends string | number> = Binding<T> & {
  legend: string
  /** The legend is read by assistive technology but not shown (a control whose context says it). */
  hideLegend?: boolean
  options: readonly RadioOption<T>[]
  error?: string | undefined
  /** chips: short choices in a row; cards: a grid of choices with hints; scale: 1 to 5; segmented: a switch. */
  look?: 'chips' | 'cards' | 'scale' | 'segmented'
  /** Under the options, e.g. the words at either end of a scale. */
  footer?: ReactNode
}

/**
 * Every one-of-several choice in Leap: native radio inputs (arrow keys move between them) in a fieldset,
 * each option named by its label and described by its hint.
 */
export function RadioGroup<T extends string | number>(props: RadioGroupProps<T>) {
  const { legend, hideLegend, options, error, look = 'chips', footer } = props
  const id = useId()
  return (
    <fieldset className={`radio-group radio-group--${look}${error ? ' radio-group--invalid' : ''}`}>
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      <div className="radio-group__options">
        {options.map((option) => {
          const hintId = option.hint ? `${id}-${option.value}` : undefined
          const binding = props.registration
            ? props.registration
            : {
                name: id,
                checked: props.value === option.value,
                onChange: () => props.onChange(option.value),
                onClick: () => props.clearable && props.value === option.value && props.onChange(null)
              }
          return (
            <label key={option.value} className="radio-group__option" title={option.title}>
              <input
                type="radio"
                value={option.value}
                aria-label={option.label}
                aria-describedby={hintId}
                {...binding}
              />
              {option.content ?? (
                <span className="radio-group__label" aria-hidden>
                  {option.label}
                </span>
              )}
              {option.hint && (
                <span className="radio-group__hint" id={hintId}>
                  {option.hint}
                </span>
              )}
            </label>
          )
        })}
      </div>
      {footer}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
