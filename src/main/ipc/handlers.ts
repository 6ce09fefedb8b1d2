import type { AppInfo } from '../../shared/domain/app'
import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/ipc/contract'
import type { Journal } from '../db/open'
import * as members from '../journal/members'
import type { MaintenanceChannel } from './maintenance'

export interface HandlerContext {
  journal: Journal
  app: { name: string; version: string; dataDir: string }
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
  'members.restore': ({ journal }, { id }) => members.restoreMember(journal.db, id)
}
