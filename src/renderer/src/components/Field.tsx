import { useId, type ReactElement, type ReactNode } from 'react'
import { cloneElement } from 'react'

interface FieldProps {
  label: string
  hint?: ReactNode
  error?: string | undefined
  /** The input, select or textarea; it receives the id and aria attributes that tie it to this label. */
  children: ReactElement<Record<string, unknown>>
}

/** A labelled control with its hint and its error, announced to screen readers with the control. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy
      })}
      {hint && !error && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
