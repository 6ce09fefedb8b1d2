import type { z } from 'zod'
import { actionItemsChannels } from '../domain/actionItems'
import { appChannels } from '../domain/app'
import { backupsChannels } from '../domain/backups'
import { delegationsChannels } from '../domain/delegations'
import { exportChannels } from '../domain/export'
import { goalsChannels } from '../domain/goals'
import { feedbackChannels } from '../domain/feedback'
import { feedbackInsightsChannels } from '../domain/feedbackInsights'
import { importChannels } from '../domain/import'
import { insightsChannels } from '../domain/insights'
import { leaveChannels } from '../domain/leave'
import { membersChannels } from '../domain/members'
import { oneOnOnesChannels } from '../domain/oneOnOnes'
import { packetsChannels } from '../domain/packets'
import { recoveryChannels } from '../domain/recovery'
import { reflectionsChannels } from '../domain/reflections'
import { remindersChannels } from '../domain/reminders'
import { reviewsChannels } from '../domain/reviews'
import { sampleChannels } from '../domain/sample'
import { searchChannels } from '../domain/search'
import { settingsChannels } from '../domain/settings'
import { talkingPointsChannels } from '../domain/talkingPoints'
import { trashChannels } from '../domain/trash'
import type { Channel } from './channels'
import type { ChannelSpec } from './dataSets'

/**
 * The one list of calls the renderer may make: each domain's slice (in shared/domain/<domain>.ts) gives every
 * call the schema of what it sends, what it gets back, and the data it reads or writes. Main validates both
 * directions against it; the preload builds `window.leap` from the names in channels.ts; the renderer's
 * types come from it, and so does its cache: a write refreshes every query that reads what it writes.
 */
export const contract = {
  ...appChannels,
  ...membersChannels,
  ...oneOnOnesChannels,
  ...packetsChannels,
  ...reflectionsChannels,
  ...reviewsChannels,
  ...remindersChannels,
  ...actionItemsChannels,
  ...talkingPointsChannels,
  ...goalsChannels,
  ...leaveChannels,
  ...trashChannels,
  ...delegationsChannels,
  ...searchChannels,
  ...backupsChannels,
  ...recoveryChannels,
  ...exportChannels,
  ...importChannels,
  ...insightsChannels,
  ...settingsChannels,
  ...sampleChannels,
  ...feedbackChannels,
  ...feedbackInsightsChannels
} as const

export type Contract = typeof contract
export type { Channel }

// channels.ts (the names, without zod, for the preload) and the slices must list the same calls.
type Missing = Exclude<Channel, keyof Contract>
type Unlisted = Exclude<keyof Contract, Channel>
const listsAgree: [Missing, Unlisted] extends [never, never] ? { [C in Channel]: ChannelSpec } : never =
  contract
void listsAgree

export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

/** Calls that only read: the renderer caches their answers. */
export type QueryChannel = { [C in Channel]: Contract[C] extends { reads: unknown } ? C : never }[Channel]
/** Calls that change something: the renderer refreshes every query that reads what they write. */
export type WriteChannel = Exclude<Channel, QueryChannel>
