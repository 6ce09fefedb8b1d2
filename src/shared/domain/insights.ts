import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { Id, LocalDate } from './common'

/**
 * Insights: the journal as a mirror. Each panel is one channel (`insights.<panel>`) computed by SQL in main.
 * Dates are the user's: the renderer sends today's local day and the first day of their week (0 Sunday ...
 * 6 Saturday, as `Date.getDay()` counts), so weeks and months are the ones on their calendar.
 */

export const INSIGHT_BUCKETS = ['week', 'month'] as const
export type InsightBucket = (typeof INSIGHT_BUCKETS)[number]
export const DEFAULT_PERIODS = 12
export const MAX_PERIODS = 104
/** "Recently" for the authority ladder and the one-on-one rhythm: the last quarter, today included. */
export const QUARTER_DAYS = 90
/** Done delegations at one level before Leap suggests the next level. */
export const NUDGE_AFTER = 3

const memberId = Id.optional()
const today = LocalDate
const weekStartsOn = z
  .number({ message: 'Give the first day of the week as 0 (Sunday) to 6 (Saturday).' })
  .int({ message: 'Give the first day of the week as 0 (Sunday) to 6 (Saturday).' })
  .min(0, { message: 'Give the first day of the week as 0 (Sunday) to 6 (Saturday).' })
  .max(6, { message: 'Give the first day of the week as 0 (Sunday) to 6 (Saturday).' })

/** Stance and mood trends: the last `periods` weeks or months, ending with the one holding today. */
export const TrendQuery = z.strictObject({
  memberId,
  today,
  weekStartsOn,
  bucket: z.enum(INSIGHT_BUCKETS, { message: 'Group by week or by month.' }),
  periods: z
    .number({ message: `Show from 1 to ${MAX_PERIODS} periods.` })
    .int({ message: `Show from 1 to ${MAX_PERIODS} periods.` })
    .min(1, { message: `Show from 1 to ${MAX_PERIODS} periods.` })
    .max(MAX_PERIODS, { message: `Show from 1 to ${MAX_PERIODS} periods.` })
    .optional()
})
export type TrendQuery = z.output<typeof TrendQuery>
export type TrendQueryInput = z.input<typeof TrendQuery>

export const DatedScope = z.strictObject({ memberId, today })
export type DatedScope = z.output<typeof DatedScope>
export const OutcomeScope = z.strictObject({ memberId })
export type OutcomeScope = z.output<typeof OutcomeScope>

const count = z.number().int().min(0)
const average = z.number().min(1).max(5).nullable()
const ratio = z.number().min(0).max(1).nullable()

/** An average of 1-5 ratings and how many entries it comes from (null average: none). */
const Rated = { average, count }
/** The intervention ratio's sides, as `interventionCounts` defines them. */
const Interventions = { lettingGo: count, intervening: count, ratio }
const Period = { start: LocalDate, end: LocalDate }
const Who = { memberId: Id, name: z.string() }

export const StanceTrend = z.strictObject({
  from: LocalDate,
  buckets: z.array(z.strictObject({ ...Period, ...Rated, ...Interventions })),
  total: z.strictObject({ ...Rated, ...Interventions }),
  /** Per person over the same periods; empty when the query is for one person. */
  members: z.array(z.strictObject({ ...Who, ...Rated, ...Interventions }))
})
export type StanceTrend = z.infer<typeof StanceTrend>

export const MoodTrend = z.strictObject({
  from: LocalDate,
  buckets: z.array(z.strictObject({ ...Period, ...Rated })),
  total: z.strictObject(Rated),
  members: z.array(
    z.strictObject({
      ...Who,
      ...Rated,
      last: z.strictObject({ date: LocalDate, mood: z.number().int().min(1).max(5) }).nullable()
    })
  )
})
export type MoodTrend = z.infer<typeof MoodTrend>

const level = z.number().int().min(1).max(7)

export const AuthorityInsights = z.strictObject({
  /** The first day of the last quarter: a raise on or after it is recent. */
  since: LocalDate,
  members: z.array(
    z.strictObject({
      ...Who,
      /** Every recorded level of every delegation, oldest first; the first of each has no fromLevel. */
      steps: z.array(
        z.strictObject({
          delegationId: Id,
          title: z.string(),
          changedOn: LocalDate,
          fromLevel: level.nullable(),
          toLevel: level
        })
      ),
      lastRaisedOn: LocalDate.nullable(),
      /** No level raised since `since`, the first level given before it (nothing given yet counts). */
      stale: z.boolean(),
      doneByLevel: z.array(z.strictObject({ level, count })),
      /** Enough done at `level`, nothing yet above it: time to try `level + 1`. */
      nudge: z.strictObject({ level, count }).nullable(),
      /**
       * The level the leader acted at after each check-in that says who decides (shared/domain/
       * enactedAuthority.ts), per delegation, oldest first: the second line of the ladder.
       */
      acted: z.array(z.strictObject({ delegationId: Id, title: z.string(), day: LocalDate, level })),
      /** Active delegations whose latest check-ins enacted a level two or more from the one agreed. */
      gaps: z.array(
        z.strictObject({ delegationId: Id, title: z.string(), agreed: level, acted: level, basedOn: count })
      )
    })
  )
})
export type AuthorityInsights = z.infer<typeof AuthorityInsights>

export const RhythmInsights = z.strictObject({
  since: LocalDate,
  members: z.array(
    z.strictObject({
      ...Who,
      cadenceDays: z.number().int(),
      /** Days with a one-on-one reflection since `since` (or the member's start, if later). */
      held: count,
      /** Whole cadences in the same window, not counting days away, less the one-on-ones skipped in it. */
      expected: count,
      /** Days away in the window, and one-on-ones skipped with a reason: neither is a missed one-on-one. */
      awayDays: count,
      skipped: count,
      lastOneOnOne: LocalDate.nullable(),
      /** When the next is due (shared/domain/cadence.ts); null when there has never been one, nor a skip. */
      dueOn: LocalDate.nullable(),
      overdue: z.boolean(),
      daysOverdue: count.nullable(),
      /** The last day of the time away that holds today; no one is overdue while away. */
      awayUntil: LocalDate.nullable()
    })
  )
})
export type RhythmInsights = z.infer<typeof RhythmInsights>

const Outcome = { done: count, handedBack: count, cancelled: count }
export const DelegationOutcomes = z.strictObject({
  total: z.strictObject(Outcome),
  byLevel: z.array(z.strictObject({ level, ...Outcome })),
  byMember: z.array(z.strictObject({ ...Who, ...Outcome }))
})
export type DelegationOutcomes = z.infer<typeof DelegationOutcomes>

const GoalCounts = { active: count, achieved: count, serving: count }
/** Growth goals per person: active and achieved, and how many delegations serve them (the trash aside). */
export const GoalInsights = z.strictObject({
  total: z.strictObject(GoalCounts),
  byMember: z.array(
    z.strictObject({
      ...Who,
      ...GoalCounts,
      /** Their active goals, then the achieved ones, each with the delegations serving it. */
      goals: z.array(
        z.strictObject({
          id: Id,
          title: z.string(),
          status: z.enum(['active', 'achieved']),
          serving: count
        })
      )
    })
  )
})
export type GoalInsights = z.infer<typeof GoalInsights>

export const insightsChannels = {
  'insights.stance': {
    input: TrendQuery,
    output: StanceTrend,
    reads: ['reflections', 'members', 'checkins', 'delegations']
  },
  'insights.mood': { input: TrendQuery, output: MoodTrend, reads: ['reflections', 'members'] },
  'insights.authority': {
    input: DatedScope,
    output: AuthorityInsights,
    reads: ['authority_changes', 'delegations', 'members', 'checkins']
  },
  'insights.rhythm': {
    input: DatedScope,
    output: RhythmInsights,
    reads: ['reflections', 'members', 'away_periods', 'one_on_one_skips']
  },
  'insights.outcomes': {
    input: OutcomeScope,
    output: DelegationOutcomes,
    reads: ['delegations', 'members']
  },
  'insights.goals': { input: OutcomeScope, output: GoalInsights, reads: ['goals', 'delegations', 'members'] }
} as const satisfies Slice<'insights'>
