import { z } from 'zod'
import { ById, Id } from '../domain/common'
import { Member, MemberArchive, MemberCreate, MemberList, MemberUpdate } from '../domain/members'
import { AppInfo } from '../domain/app'
import { ActionItem, ActionItemCreate, ActionItemList, ActionItemUpdate } from '../domain/actionItems'
import { OneOnOnePrep, OneOnOnePrepQuery, TimelinePage, TimelineQuery } from '../domain/oneOnOnes'
import {
  Reflection,
  ReflectionCreate,
  ReflectionList,
  ReflectionPage,
  ReflectionSaved,
  ReflectionUpdate
} from '../domain/reflections'
import { TrashItem } from '../domain/trash'
import {
  AuthorityChangeInput,
  Checkin,
  CheckinCreate,
  Delegation,
  DelegationClose,
  DelegationCreate,
  DelegationDetail,
  DelegationList,
  DelegationUpdate,
  InterventionLog,
  InterventionScope,
  LadderEntry,
  MemberScope
} from '../domain/delegations'
import { SearchQuery, SearchResult } from '../domain/search'
import {
  BackupEntry,
  BackupList,
  BackupRestore,
  RecoveryStatus,
  RestoreResult,
  ShowBackup
} from '../domain/backups'
import { ExportJobRef, ExportStart, ExportStatus } from '../domain/export'
import {
  AuthorityInsights,
  DatedScope,
  DelegationOutcomes,
  MoodTrend,
  OutcomeScope,
  RhythmInsights,
  StanceTrend,
  TrendQuery
} from '../domain/insights'
import { PreferencesUpdate, SampleTeamResult, SettingsView } from '../domain/settings'
import type { Channel } from './channels'

const Deleted = z.strictObject({ id: Id })

/**
 * The one list of calls the renderer may make, each with the schema of what it sends and what it gets back.
 * Main validates both directions against it; the preload builds `window.leap` from its keys; the renderer's
 * types come from it. Adding a call starts here (see ARCHITECTURE.md).
 */
export const contract = {
  'app.info': { input: z.strictObject({}), output: AppInfo },

  'members.create': { input: MemberCreate, output: Member },
  'members.update': { input: MemberUpdate, output: Member },
  'members.list': { input: MemberList, output: z.array(Member) },
  'members.get': { input: ById, output: Member },
  'members.archive': { input: MemberArchive, output: Member },
  'members.delete': { input: ById, output: Deleted },
  'members.restore': { input: ById, output: Member },
  'members.timeline': { input: TimelineQuery, output: TimelinePage },
  'oneOnOnes.prepare': { input: OneOnOnePrepQuery, output: OneOnOnePrep },
  'reflections.create': { input: ReflectionCreate, output: ReflectionSaved },
  'reflections.update': { input: ReflectionUpdate, output: ReflectionSaved },
  'reflections.get': { input: ById, output: Reflection },
  'reflections.list': { input: ReflectionList, output: ReflectionPage },
  'reflections.delete': { input: ById, output: Deleted },
  'reflections.restore': { input: ById, output: Reflection },
  'tags.list': {
    input: z.strictObject({}),
    output: z.array(z.strictObject({ name: z.string(), count: z.number() }))
  },
  'actionItems.create': { input: ActionItemCreate, output: ActionItem },
  'actionItems.update': { input: ActionItemUpdate, output: ActionItem },
  'actionItems.list': { input: ActionItemList, output: z.array(ActionItem) },
  'actionItems.delete': { input: ById, output: Deleted },
  'actionItems.restore': { input: ById, output: ActionItem },
  'trash.list': { input: z.strictObject({}), output: z.array(TrashItem) },

  'delegations.create': { input: DelegationCreate, output: Delegation },
  'delegations.update': { input: DelegationUpdate, output: Delegation },
  'delegations.list': { input: DelegationList, output: z.array(Delegation) },
  'delegations.get': { input: ById, output: DelegationDetail },
  'delegations.changeLevel': { input: AuthorityChangeInput, output: Delegation },
  'delegations.close': { input: DelegationClose, output: Delegation },
  'delegations.delete': { input: ById, output: z.strictObject({ id: z.string() }) },
  'delegations.restore': { input: ById, output: Delegation },
  'delegations.ladder': { input: MemberScope, output: z.array(LadderEntry) },
  'delegations.interventions': { input: InterventionScope, output: InterventionLog },
  'checkins.create': { input: CheckinCreate, output: Checkin },

  'search.query': { input: SearchQuery, output: SearchResult },
  'backups.list': { input: z.strictObject({}), output: BackupList },
  'backups.create': { input: z.strictObject({}), output: BackupEntry },
  'backups.restore': { input: BackupRestore, output: RestoreResult },
  'backups.showInFolder': { input: ShowBackup, output: z.strictObject({}) },
  'recovery.status': { input: z.strictObject({}), output: RecoveryStatus },
  'recovery.startFresh': { input: z.strictObject({}), output: z.strictObject({}) },
  'export.start': { input: ExportStart, output: ExportStatus },
  'export.status': { input: ExportJobRef, output: ExportStatus },
  'export.cancel': { input: ExportJobRef, output: ExportStatus },
  'export.openFolder': { input: ExportJobRef, output: z.strictObject({ folder: z.string() }) },
  'insights.stance': { input: TrendQuery, output: StanceTrend },
  'insights.authority': { input: DatedScope, output: AuthorityInsights },
  'insights.rhythm': { input: DatedScope, output: RhythmInsights },
  'insights.outcomes': { input: OutcomeScope, output: DelegationOutcomes },
  'insights.mood': { input: TrendQuery, output: MoodTrend },
  'settings.get': { input: z.strictObject({}), output: SettingsView },
  'settings.update': { input: PreferencesUpdate, output: SettingsView },
  'settings.showDataFolder': { input: z.strictObject({}), output: z.strictObject({}) },
  'sample.create': { input: z.strictObject({}), output: SampleTeamResult },
  'sample.remove': { input: z.strictObject({}), output: SampleTeamResult }
} as const satisfies { [C in Channel]: { input: z.ZodType; output: z.ZodType } }

export type Contract = typeof contract
export type { Channel }
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>
