import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { ActionItem } from './actionItems'
import { Id, LocalDate } from './common'
import { LEADER_RESPONSES } from './delegationVocabulary'
import { Member, memberReads } from './members'
import { TalkingPoint } from './talkingPoints'

export const OneOnOnePrepQuery = z.strictObject({
  memberId: Id,
  /** The reflection being written now, so "last time" means the one before it. */
  excludeReflectionId: Id.optional()
})
export type OneOnOnePrepQuery = z.output<typeof OneOnOnePrepQuery>

/** The day an open item was written down (for an action item, the one-on-one it came from), when it is carried. */
const Carried = { carriedFrom: LocalDate.nullable() }

/** Everything the leader wants in view before and while writing up a one-on-one. */
export const OneOnOnePrep = z.strictObject({
  member: Member,
  /** Open talking points first, then those ticked in the reflection being written (listTalkingPoints). */
  talkingPoints: z.array(TalkingPoint.extend(Carried)),
  openActionItems: z.array(ActionItem.extend(Carried)),
  activeDelegations: z.array(
    z.strictObject({
      id: Id,
      title: z.string(),
      authorityLevel: z.number().int(),
      checkinEveryDays: z.number().int().nullable(),
      startedOn: LocalDate.nullable(),
      dueDate: LocalDate.nullable(),
      lastCheckin: z
        .strictObject({ date: LocalDate, signal: z.string(), leaderResponse: z.string() })
        .nullable(),
      /** The level the latest check-ins enacted beside the agreed one (shared/domain/enactedAuthority.ts). */
      enacted: z
        .strictObject({
          agreed: z.number().int(),
          acted: z.number().int(),
          basedOn: z.number().int(),
          gap: z.number().int(),
          flagged: z.boolean()
        })
        .nullable(),
      /** Check-ins against the rhythm agreed (shared/domain/checkinBudget.ts). */
      budget: z.strictObject({
        rhythmDays: z.number().int().nullable(),
        recent: z.number().int(),
        spanDays: z.number().int(),
        over: z.boolean()
      }),
      /** A check-in is due by the rhythm agreed (the level's, or at the end for Delegate). */
      checkinDue: z.boolean(),
      /** Why the rescue trigger fired (shared/domain/rescueTrigger.ts); null while it has not. */
      rescue: z.string().nullable(),
      /** The last check-in, where the leader let go and nobody has said yet whether they worked it out. */
      openQuestion: z
        .strictObject({ checkinId: Id, date: LocalDate, leaderResponse: z.enum(LEADER_RESPONSES) })
        .nullable()
    })
  ),
  lastReflection: z
    .strictObject({
      id: Id,
      date: LocalDate,
      title: z.string(),
      mood: z.number().nullable(),
      stance: z.number().nullable()
    })
    .nullable()
})
export type OneOnOnePrep = z.infer<typeof OneOnOnePrep>

export const oneOnOnesChannels = {
  'oneOnOnes.prepare': {
    input: OneOnOnePrepQuery,
    output: OneOnOnePrep,
    // The member it returns reads what says whether they are due (members.ts).
    reads: [...memberReads, 'action_items', 'delegations', 'checkins', 'talking_points']
  }
} as const satisfies Slice<'oneOnOnes'>

/**
 * "Carried from 12 Nov": an open item (talking point or action item) written down on or before the day of the
 * last one-on-one was in view then and was not closed, so it is carried into this one. Items written since
 * are new for this one-on-one; with no one-on-one before, nothing is carried.
 */
export function carriedFrom(writtenOn: string, lastOneOnOne: string | null): string | null {
  return lastOneOnOne !== null && writtenOn <= lastOneOnOne ? writtenOn : null
}
