import type { AppInfo } from '../../shared/domain/app'
import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/ipc/contract'
import type { Journal } from '../db/open'
import * as actionItems from '../journal/actionItems'
import * as members from '../journal/members'
import * as oneOnOnes from '../journal/oneOnOnes'
import * as reflections from '../journal/reflections'
import { listTags } from '../journal/tags'
import { listTrash } from '../journal/trash'
import { memberLadder } from '../journal/authority'
import { createCheckin } from '../journal/checkins'
import { getDelegationDetail } from '../journal/delegationDetail'
import * as delegations from '../journal/delegations'
import { interventionLog } from '../journal/interventions'
import { todayLocal } from '../journal/localDay'
import { search } from '../search/search'
import { createSampleTeam, removeSampleTeam } from '../journal/sample'
import type { MaintenanceChannel } from './maintenance'
import { exportJobsFor } from '../export/jobs'
import type { Platform } from '../platform'
import { authorityInsights } from '../insights/authority'
import { moodTrend } from '../insights/mood'
import { delegationOutcomes } from '../insights/outcomes'
import { rhythmInsights } from '../insights/rhythm'
import { stanceTrend } from '../insights/stance'

export interface HandlerContext {
  journal: Journal
  app: { name: string; version: string; dataDir: string }
  /** The seam to the desktop (folder dialog, file manager): Electron in the app, a stub in the harness. */
  platform?: Platform
}

/** Calls on the journal's rows; each runs inside one transaction. Backups and recovery are in maintenance.ts. */
export type JournalChannel = Exclude<Channel, MaintenanceChannel>

export type Handlers = {
  [C in JournalChannel]: (context: HandlerContext, input: ChannelParsedInput<C>) => ChannelOutput<C>
}

/** What each channel does: one line each, the work lives in the journal modules. */
export const handlers: Handlers = {
  'app.info': ({ journal, app }): AppInfo => ({
    ...app,
    journalPath: journal.path,
    schemaVersion: journal.schemaVersion,
    problem: null
  }),

  'members.create': ({ journal }, input) => members.createMember(journal.db, input),
  'members.update': ({ journal }, input) => members.updateMember(journal.db, input),
  'members.list': ({ journal }, input) => members.listMembers(journal.db, input),
  'members.get': ({ journal }, { id }) => members.getMember(journal.db, id),
  'members.archive': ({ journal }, input) => members.archiveMember(journal.db, input),
  'members.delete': ({ journal }, { id }) => members.deleteMember(journal.db, id),
  'members.restore': ({ journal }, { id }) => members.restoreMember(journal.db, id),
  'members.timeline': ({ journal }, input) => oneOnOnes.memberTimeline(journal.db, input),
  'oneOnOnes.prepare': ({ journal }, input) => oneOnOnes.prepareOneOnOne(journal.db, input),
  'reflections.create': ({ journal }, input) => reflections.createReflection(journal.db, input),
  'reflections.update': ({ journal }, input) => reflections.updateReflection(journal.db, input),
  'reflections.get': ({ journal }, { id }) => reflections.getReflection(journal.db, id),
  'reflections.list': ({ journal }, input) => reflections.listReflections(journal.db, input),
  'reflections.delete': ({ journal }, { id }) => reflections.deleteReflection(journal.db, id),
  'reflections.restore': ({ journal }, { id }) => reflections.restoreReflection(journal.db, id),
  'tags.list': ({ journal }) => listTags(journal.db),
  'actionItems.create': ({ journal }, input) => actionItems.createActionItem(journal.db, input),
  'actionItems.update': ({ journal }, input) => actionItems.updateActionItem(journal.db, input),
  'actionItems.list': ({ journal }, input) => actionItems.listActionItems(journal.db, input),
  'actionItems.delete': ({ journal }, { id }) => actionItems.deleteActionItem(journal.db, id),
  'actionItems.restore': ({ journal }, { id }) => actionItems.restoreActionItem(journal.db, id),
  'trash.list': ({ journal }) => listTrash(journal.db),

  'delegations.create': ({ journal }, input) => delegations.createDelegation(journal.db, input),
  'delegations.update': ({ journal }, input) => delegations.updateDelegation(journal.db, input),
  'delegations.list': ({ journal }, input) => delegations.listDelegations(journal.db, input),
  'delegations.get': ({ journal }, { id }) => getDelegationDetail(journal.db, id),
  'delegations.changeLevel': ({ journal }, input) => delegations.changeAuthorityLevel(journal.db, input),
  'delegations.close': ({ journal }, input) => delegations.closeDelegation(journal.db, input),
  'delegations.delete': ({ journal }, { id }) => delegations.deleteDelegation(journal.db, id),
  'delegations.restore': ({ journal }, { id }) => delegations.restoreDelegation(journal.db, id),
  'delegations.ladder': ({ journal }, { memberId }) => memberLadder(journal.db, memberId),
  'delegations.interventions': ({ journal }, input) => interventionLog(journal.db, input, todayLocal()),
  'checkins.create': ({ journal }, input) => createCheckin(journal.db, input),

  'search.query': ({ journal }, input) => search(journal.db, input),

  'export.start': ({ journal, platform }, input) => exportJobsFor(journal, platform).start(input),
  'export.status': ({ journal, platform }, { jobId }) => exportJobsFor(journal, platform).status(jobId),
  'export.cancel': ({ journal, platform }, { jobId }) => exportJobsFor(journal, platform).cancel(jobId),
  'export.openFolder': ({ journal, platform }, { jobId }) =>
    exportJobsFor(journal, platform).openFolder(jobId),
  'insights.stance': ({ journal }, input) => stanceTrend(journal.db, input),
  'insights.authority': ({ journal }, input) => authorityInsights(journal.db, input),
  'insights.rhythm': ({ journal }, input) => rhythmInsights(journal.db, input),
  'insights.outcomes': ({ journal }, input) => delegationOutcomes(journal.db, input),
  'insights.mood': ({ journal }, input) => moodTrend(journal.db, input),
  'sample.create': ({ journal, app }) => createSampleTeam(journal.db, app.dataDir, todayLocal()),
  'sample.remove': ({ journal, app }) => removeSampleTeam(journal.db, app.dataDir, new Date())
}
