import { z } from 'zod'

/** A stable row id. Version 4 UUIDs are generated in main; the renderer never makes ids. */
export const Id = z.uuid({ message: 'Not a valid id.' })

/** A calendar day in the user's own time zone: an entry belongs to the day it was written, wherever that was. */
export const LocalDate = z.iso.date({ message: 'Use a date like 2026-11-27.' })

/**
 * A day a person types for an entry (a one-on-one, feedback, time away): a calendar day of the years Leap can
 * mean, so a slipped key (0202, 9999) is refused with a sentence instead of filling the screens with
 * centuries of "overdue". Days read from the journal stay plain LocalDate: an old entry still shows.
 */
export const EnteredDate = LocalDate.refine((day) => day >= '1900-01-01' && day <= '2199-12-31', {
  message: 'Use a year between 1900 and 2199.'
})

/** An instant, always stored in UTC. */
export const Timestamp = z.iso.datetime()

/** One formatter for every limit: `toLocaleString` built one per call, 16 ms of each window's start. */
const counts = new Intl.NumberFormat('en')

/**
 * Optional free text. An empty or blank string means "cleared" and becomes null, so the journal never holds
 * two spellings of "nothing". Left out (undefined) means "not given": create stores null, update keeps the old value.
 */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Keep this under ${counts.format(max)} characters.` })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()

/** An optional day; an empty string (a cleared date input) becomes null. */
export const optionalDate = z
  .union([z.literal('').transform(() => null), LocalDate])
  .nullable()
  .optional()

export const ById = z.strictObject({ id: Id })
export type ById = z.infer<typeof ById>

export const RowMeta = {
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp
}

/** What a delete answers: the id of what went to the trash. */
export const Deleted = z.strictObject({ id: Id })
