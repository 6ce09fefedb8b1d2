import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form'
import { toNestErrors } from '@hookform/resolvers'
import type { z } from 'zod'
import { LeapCallError } from '../../lib/api'

/**
 * Validates a form with the very schema main applies, after turning the form's values into the call's input
 * (forms hold strings and rows; calls take numbers and lists). Errors land on the form field that produced
 * them; `fieldFor` maps a schema path to that field where the two differ.
 */
export function schemaResolver<Values extends FieldValues, Schema extends z.ZodType>(
  schema: Schema,
  toInput: (values: Values) => unknown,
  fieldFor: (path: string) => string = (path) => path
): Resolver<Values, unknown, z.output<Schema>> {
  return (values, _context, options) => {
    const parsed = schema.safeParse(toInput(values))
    if (parsed.success) return { values: parsed.data, errors: {} }
    const errors: FieldErrors = {}
    for (const issue of parsed.error.issues) {
      const field = fieldFor(issue.path.map(String).join('.') || 'root')
      errors[field] ??= { type: issue.code, message: issue.message }
    }
    return { values: {}, errors: toNestErrors(errors, options) }
  }
}

/** Shows what main refused on the fields it names, or as a message for the whole form. */
export function reportCallError(
  error: unknown,
  setError: (field: string, error: { message: string }) => void,
  fieldFor: (path: string) => string = (path) => path
): void {
  if (error instanceof LeapCallError && Object.keys(error.fields).length > 0) {
    for (const [path, message] of Object.entries(error.fields)) setError(fieldFor(path), { message })
  } else {
    setError('root', { message: error instanceof Error ? error.message : String(error) })
  }
}
