import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { Id, LocalDate } from './common'
import { CHECKIN_SIGNALS, LEADER_RESPONSES } from './delegationVocabulary'

const weekStartsOn = z
  .number({ message: 'Give the first day of the week as 0 (Sunday) to 6 (Saturday).' })
  .int()
  .min(0)
  .max(6)

export const ReviewQuery = z.strictObject({ today: LocalDate, weekStartsOn })
export type ReviewQuery = z.infer<typeof ReviewQuery>

export const ReviewWeek = z.strictObject({ week: LocalDate })

/** A check-in of the week where the leader stepped in or took it back. */
export const ReviewedCheckin = z.strictObject({
  checkinId: Id,
  delegationId: Id,
  title: z.string(),
  memberName: z.string(),
  date: LocalDate,
  signal: z.enum(CHECKIN_SIGNALS),
  leaderResponse: z.enum(LEADER_RESPONSES),
  note: z.string().nullable()
})
export type ReviewedCheckin = z.infer<typeof ReviewedCheckin>

/**
 * The weekly letting-go review of one week: offered when that week had check-ins, no review of it exists and
 * the leader did not say "not this week".
 */
export const ReviewOffer = z.strictObject({
  /** The first day of the week reviewed. */
  week: LocalDate,
  offered: z.boolean(),
  /** The review written for that week, if any. */
  reviewId: Id.nullable(),
  checkinCount: z.number().int().min(0),
  /** Where the leader stepped in or took it back, oldest first. */
  interventions: z.array(ReviewedCheckin)
})
export type ReviewOffer = z.infer<typeof ReviewOffer>

export const reviewsChannels = {
  'reviews.offer': {
    input: ReviewQuery,
    output: ReviewOffer,
    reads: ['reflections', 'checkins', 'delegations', 'members', 'offers_dismissed']
  },
  /** Writes the review (a general reflection) with the week's interventions in it, or opens the one written. */
  'reviews.start': {
    input: ReviewWeek,
    output: z.strictObject({ reflectionId: Id }),
    writes: ['reflections']
  },
  'reviews.dismiss': { input: ReviewWeek, output: z.strictObject({}), writes: ['offers_dismissed'] }
} as const satisfies Slice<'reviews'>
