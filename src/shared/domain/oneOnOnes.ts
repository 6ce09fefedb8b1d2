import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { ActionItem } from './actionItems'
import { Id, LocalDate } from './common'
import { LEADER_RESPONSES } from './delegationVocabulary'
import { Member } from './members'

export const OneOnOnePrepQuery = z.strictObject({
  memberId: Id,
  /** The reflection being written now, so "last time" means the one before it. */
  excludeReflectionId: Id.optional()
})
export type OneOnOnePrepQuery = z.output<typeof OneOnOnePrepQuery>

/** Everything the leader wants in view before and while writing up a one-on-one. */
export const OneOnOnePrep = z.strictObject({
  member: Member,
  openActionItems: z.array(ActionItem),
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
    reads: ['members', 'reflections', 'action_items', 'delegations', 'checkins']
  }
} as const satisfies Slice<'oneOnOnes'>
