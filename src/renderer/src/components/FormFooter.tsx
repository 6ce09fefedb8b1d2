import type { ReactNode } from 'react'

interface FormFooterProps {
  /** A message for the whole form (what main refused that no single field explains). */
  error?: string | undefined
  onCancel: () => void
  submitLabel: ReactNode
  submitting: boolean
}

/**
 * The end of every form: its general error, then Cancel and the primary action, pinned in view together (an
 * error above the pinned buttons sat under them in a long form, out of sight after pressing the button).
 */
export function FormFooter({ error, onCancel, submitLabel, submitting }: FormFooterProps) {
  return (
    <footer className="form__actions">
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button--ghost" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button--primary" disabled={submitting}>
        {submitLabel}
      </button>
    </footer>
  )
}
