import { z } from 'zod'
import { ById } from '../domain/common'
import { Member, MemberArchive, MemberCreate, MemberList, MemberUpdate } from '../domain/member'
import { AppInfo } from '../domain/app'
import {
  BackupEntry,
  BackupList,
  BackupRestore,
  RecoveryStatus,
  RestoreResult,
  ShowBackup
} from '../domain/backup'
import type { Channel } from './channels'

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
  'members.delete': { input: ById, output: z.strictObject({ id: z.string() }) },
  'members.restore': { input: ById, output: Member },

  'backups.list': { input: z.strictObject({}), output: BackupList },
  'backups.create': { input: z.strictObject({}), output: BackupEntry },
  'backups.restore': { input: BackupRestore, output: RestoreResult },
  'backups.showInFolder': { input: ShowBackup, output: z.strictObject({}) },
  'recovery.status': { input: z.strictObject({}), output: RecoveryStatus },
  'recovery.startFresh': { input: z.strictObject({}), output: z.strictObject({}) }
} as const satisfies { [C in Channel]: { input: z.ZodType; output: z.ZodType } }

export type Contract = typeof contract
export type { Channel }
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>
