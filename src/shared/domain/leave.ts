import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { ById, Deleted, Id, EnteredDate, LocalDate, RowMeta, optionalText } from './common'

/** A person away (leave, holiday, a course): a span of days, both ends included, with an optional note. */
export const AwayCreate = z
  .strictObject({ memberId: Id, startsOn: EnteredDate, endsOn: EnteredDate, note: optionalText(500) })
  .refine((away) => away.endsOn >= away.startsOn, {
    message: 'The last day away must be on or after the first.',
    path: ['endsOn']
  })
export type AwayCreate = z.output<typeof AwayCreate>

export const AwayPeriod = z.strictObject({
  ...RowMeta,
  memberId: Id,
  startsOn: LocalDate,
  endsOn: LocalDate,
  note: z.string().nullable()
})
export type AwayPeriod = z.infer<typeof AwayPeriod>

/** One one-on-one not held, on purpose, with the reason: it settles that one-on-one for the cadence. */
export const SkipCreate = z.strictObject({
  memberId: Id,
  date: EnteredDate,
  reason: z
    .string()
    .trim()
    .min(1, { message: 'Say why this one-on-one is skipped.' })
    .max(500, { message: 'Keep the reason under 500 characters.' })
})
export type SkipCreate = z.output<typeof SkipCreate>

export const Skip = z.strictObject({ ...RowMeta, memberId: Id, date: LocalDate, reason: z.string() })
export type Skip = z.infer<typeof Skip>

export const LeaveList = z.strictObject({ memberId: Id })

export const Leave = z.strictObject({ away: z.array(AwayPeriod), skips: z.array(Skip) })
export type Leave = z.infer<typeof Leave>

export const leaveChannels = {
  'leave.markAway': { input: AwayCreate, output: AwayPeriod, writes: ['away_periods'] },
  'leave.skip': { input: SkipCreate, output: Skip, writes: ['one_on_one_skips'] },
  'leave.list': {
    input: LeaveList,
    output: Leave,
    reads: ['away_periods', 'one_on_one_skips', 'members']
  },
  'leave.deleteAway': { input: ById, output: Deleted, writes: ['away_periods'] },
  'leave.restoreAway': { input: ById, output: AwayPeriod, writes: ['away_periods'] },
  'leave.deleteSkip': { input: ById, output: Deleted, writes: ['one_on_one_skips'] },
  'leave.restoreSkip': { input: ById, output: Skip, writes: ['one_on_one_skips'] }
} as const satisfies Slice<'leave'>
