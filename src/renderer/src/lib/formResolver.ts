import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form'
import { toNestErrors } from '@hookform/resolvers'
import type { z } from 'zod'
import { LeapCallError } from './api'
import { onDemandModule } from './onDemand'
import type * as FormSchemasModule from './formSchemas'

/** What formSchemas.ts exports. */
export type FormSchemas = typeof FormSchemasModule

let loadedSchemas: FormSchemas | null = null

/** The forms' schemas (formSchemas.ts), fetched the first time a form checks its values. */
export const formSchemas = onDemandModule(() =>
  import('./formSchemas').then((module) => (loadedSchemas = module))
)

/** The forms' schemas if already here, for a check that must not wait between two keys (a tag). */
export const formSchemasIfLoaded = () => loadedSchemas

/**
 * What a form says when its schemas could not be loaded (the app's own files, so only when they are damaged):
 * nothing was saved, and what was typed stays. The browser keeps a failed module load for the page's life, so
 * trying again in the same window would fail the same way.
 */
export const notChecked = (error: unknown) =>
  `Leap could not load what checks this form, so nothing was saved (${error instanceof Error ? error.message : String(error)}). ` +
  'What you typed is still here: copy it, then restart Leap.'

/** Picks a form's schema from the forms' schemas. */
export type SchemaOf<Schema extends z.ZodType> = (schemas: FormSchemas) => Schema

/**
 * Validates a form with the very schema main applies, after turning the form's values into the call's input
 * (forms hold strings and rows; calls take numbers and lists). Errors land on the form field that produced
 * them; `fieldFor` maps a schema path to that field where the two differ.
 */
export function schemaResolver<Values extends FieldValues, Schema extends z.ZodType>(
  schemaOf: SchemaOf<Schema>,
  toInput: (values: Values) => unknown,
  fieldFor: (path: string) => string = (path) => path
): Resolver<Values, unknown, z.output<Schema>> {
  return async (values, _context, options) => {
    const schemas = await formSchemas().catch((error: unknown) => notChecked(error))
    const parsed = typeof schemas === 'string' ? null : schemaOf(schemas).safeParse(toInput(values))
    if (parsed?.success) return { values: parsed.data, errors: {} }
    const issues = parsed?.error.issues ?? [{ path: [], code: 'load', message: schemas as string }]
    const errors: FieldErrors = {}
    for (const issue of issues) {
      const field = fieldFor(issue.path.map(String).join('.') || 'root')
      errors[field] ??= { type: issue.code, message: issue.message }
    }
    return { values: {}, errors: toNestErrors(errors, options) }
  }
}

/**
 * As schemaResolver, for a form whose values are the call's input: a valid form submits them as typed, and
 * main applies the same schema and stores the result.
 */
export function typedValuesResolver<Values extends FieldValues>(
  schemaOf: SchemaOf<z.ZodType>
): Resolver<Values, unknown, Values> {
  const check = schemaResolver(schemaOf, (values: Values) => values)
  return async (values, context, options) => {
    const checked = await check(values, context, options)
    return Object.keys(checked.errors).length > 0
      ? { values: {}, errors: checked.errors }
      : { values, errors: {} }
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
