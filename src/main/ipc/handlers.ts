import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/ipc/contract'
import type { Preferences } from '../../shared/domain/settings'
import type { Journal } from '../db/open'
import { exportHandlers } from '../export/jobs'
import { insightsHandlers } from '../insights/handlers'
import { feedbackInsightsHandlers } from '../insights/feedback'
import { actionItemsHandlers } from '../journal/actionItems'
import { delegationsHandlers } from '../journal/delegations'
import { goalsHandlers } from '../journal/goals'
import { feedbackHandlers } from '../journal/feedback'
import { leaveHandlers } from '../journal/leave'
import { membersHandlers } from '../journal/members'
import { oneOnOnesHandlers } from '../journal/oneOnOnes'
import { reviewPacket } from '../journal/packets'
import { reflectionsHandlers } from '../journal/reflections'
import { reviewsHandlers } from '../journal/reviews'
import { remindersHandlers } from '../reminders/handlers'
import { sampleHandlers } from '../journal/sample'
import { talkingPointsHandlers } from '../journal/talkingPoints'
import { trashHandlers } from '../journal/trash'
import type { Platform } from '../platform'
import { searchHandlers } from '../search/search'
import type { MaintenanceChannel } from './maintenance'

export interface HandlerContext {
  journal: Journal
  app: { name: string; version: string; dataDir: string }
  /** The seam to the desktop (folder dialog, file manager): Electron in the app, a stub in the harness. */
  platform?: Platform
  /** The person's settings as they are now, for main's defaults (absent: the built-in defaults). */
  preferences?: () => Preferences
}

/** Calls on the journal's rows; each runs inside one transaction. Backups and recovery are in maintenance.ts. */
export type JournalChannel = Exclude<Channel, MaintenanceChannel>

/** What each of some channels does; each domain's main module exports its own, next to the work it does. */
export type ChannelHandlers<C extends JournalChannel> = {
  [K in C]: (context: HandlerContext, input: ChannelParsedInput<K>) => ChannelOutput<K>
}
export type Handlers = ChannelHandlers<JournalChannel>

const appHandlers: ChannelHandlers<'app.info'> = {
  'app.info': ({ journal, app }) => ({
    ...app,
    journalPath: journal.path,
    schemaVersion: journal.schemaVersion,
    problem: null
  })
}

/** Every journal channel's handler (the compiler insists none is missing). */
export const handlers: Handlers = {
  ...appHandlers,
  ...membersHandlers,
  ...oneOnOnesHandlers,
  'packets.get': ({ journal }, input) => reviewPacket(journal.db, input),
  ...reflectionsHandlers,
  ...reviewsHandlers,
  ...remindersHandlers,
  ...actionItemsHandlers,
  ...talkingPointsHandlers,
  ...goalsHandlers,
  ...leaveHandlers,
  ...trashHandlers,
  ...delegationsHandlers,
  ...searchHandlers,
  ...exportHandlers,
  ...insightsHandlers,
  ...sampleHandlers,
  ...feedbackHandlers,
  ...feedbackInsightsHandlers
}
