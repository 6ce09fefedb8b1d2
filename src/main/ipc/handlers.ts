import type { AppInfo } from '../../shared/domain/app'
import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/ipc/contract'
import type { Journal } from '../db/open'
import * as members from '../journal/members'
import { search } from '../search/search'

export interface HandlerContext {
  journal: Journal
  app: { name: string; version: string; dataDir: string }
}

export type Handlers = {
  [C in Channel]: (context: HandlerContext, input: ChannelParsedInput<C>) => ChannelOutput<C>
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

  'search.query': ({ journal }, input) => search(journal.db, input)
}
