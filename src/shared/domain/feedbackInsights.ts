import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { FeedbackKind } from './feedback'
import { Id, LocalDate } from './common'
import { TrendQuery } from './insights'

/** The entries a feedback panel lists at most (the newest); the count says how many there are in all. */
export const FEEDBACK_ENTRIES_SHOWN = 100

const count = z.number().int().min(0)
const Counts = { praise: count, redirect: count }

/** Feedback given per week or month, for the team or one person: the Insights panel's data. */
export const FeedbackTrend = z.strictObject({
  from: LocalDate,
  buckets: z.array(z.strictObject({ start: LocalDate, end: LocalDate, ...Counts })),
  total: z.strictObject(Counts),
  members: z.array(
    z.strictObject({ memberId: Id, name: z.string(), ...Counts, lastPraiseOn: LocalDate.nullable() })
  ),
  /** The newest given in the shown periods, at most FEEDBACK_ENTRIES_SHOWN. */
  entries: z.array(
    z.strictObject({
      id: Id,
      memberId: Id,
      name: z.string(),
      kind: FeedbackKind,
      behaviour: z.string(),
      givenOn: LocalDate
    })
  )
})
export type FeedbackTrend = z.infer<typeof FeedbackTrend>

export const feedbackInsightsChannels = {
  'insights.feedback': { input: TrendQuery, output: FeedbackTrend, reads: ['feedback', 'members'] }
} as const satisfies Slice<'insights'>
