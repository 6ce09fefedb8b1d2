import type { z } from 'zod'
import { contract } from '../../shared/ipc/contract'
import { LeapError, type Envelope, type LeapErrorBody } from '../../shared/ipc/envelope'
import { readPreferences } from '../config/settings'
import type { Platform } from '../platform'
import type { JournalSession } from '../session/session'
import {
  handlers as defaultHandlers,
  type HandlerContext,
  type Handlers,
  type JournalChannel
} from './handlers'
import { isMaintenanceChannel, maintenanceHandlers, type MaintenanceContext } from './maintenance'
import { readOnlyChannels } from './writeLock'
import { refusedText } from '../../shared/domain/text'
import { faultError, type FaultContext, type FaultPlace } from '../faults/faults'
import { dirname } from 'node:path'

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>

export interface DispatchOptions {
  /** Tests swap in a handler that misbehaves, to prove the wrapper catches it. */
  handlers?: Handlers
  log?: (message: string, error: unknown) => void
}

type Log = NonNullable<DispatchOptions['log']>
const defaultLog: Log = (message, error) => console.error(message, error)

/**
 * The one door into the journal, shared by Electron's IPC and the e2e harness: checks the channel, validates
 * the input, runs the handler and validates what it returns, all inside one transaction, so a call that fails
 * at any step (even an answer that does not match the contract) leaves the journal as it was. A call that
 * may write takes the write lock first (BEGIN IMMEDIATE, see writeLock.ts); a fault of the machine (full
 * disk, read-only, busy, permission) answers with its own code and sentence (faults/faults.ts).
 */
export function createDispatch(context: HandlerContext, options: DispatchOptions = {}): Dispatch {
  const handlers = options.handlers ?? defaultHandlers
  const log = options.log ?? defaultLog
  const { db, path } = context.journal
  const place: FaultPlace = { folder: dirname(path), file: path }

  return async (channel, rawInput) => {
    if (!Object.hasOwn(handlers, channel)) return unknownChannel(channel)
    const schema = contract[channel as JournalChannel]
    const parsed = validate(schema.input, rawInput)
    if (!parsed.success) return failure(parsed.error)

    const reads = readOnlyChannels.has(channel as JournalChannel)
    try {
      const call = db.transaction(() => {
        const handler = handlers[channel as JournalChannel] as (
          ctx: HandlerContext,
          input: unknown
        ) => unknown
        const output = schema.output.safeParse(handler(context, parsed.data))
        if (!output.success) throw new InvalidOutputError(channel, output.error)
        return output.data
      })
      const data = reads ? call.deferred() : call.immediate()
      return { ok: true, data }
    } catch (error) {
      const context: FaultContext = {
        outcome: reads ? 'Leap could not read your journal' : 'Not saved',
        where: `your journal (${path})`,
        after: 'Nothing was changed.'
      }
      return errorEnvelope(channel, faultError(error, context, place) ?? error, log)
    }
  }
}

/**
 * The app's door: backups and recovery calls go to their handlers (outside any transaction, and even while
 * the journal cannot be opened); every other call goes to a createDispatch over the session's current
 * journal, or answers journal_unavailable while there is none.
 */
export function createSessionDispatch(
  session: JournalSession,
  context: { app: HandlerContext['app']; platform: Platform },
  options: DispatchOptions = {}
): Dispatch {
  const log = options.log ?? defaultLog
  const maintenance: MaintenanceContext = { session, platform: context.platform }
  let current: { journal: unknown; dispatch: Dispatch } | null = null

  return async (channel, rawInput) => {
    if (isMaintenanceChannel(channel)) {
      const schema = contract[channel]
      const parsed = validate(schema.input, rawInput)
      if (!parsed.success) return failure(parsed.error)
      try {
        const handler = maintenanceHandlers[channel] as (ctx: MaintenanceContext, input: unknown) => unknown
        const output = schema.output.safeParse(await handler(maintenance, parsed.data))
        if (!output.success) throw new InvalidOutputError(channel, output.error)
        return { ok: true, data: output.data }
      } catch (error) {
        // Backups and restores say where their own faults are; what is left writes in the data folder.
        const where: FaultContext = {
          outcome: 'Not done',
          where: `Leap's data folder (${context.app.dataDir})`,
          after: 'Nothing was changed.'
        }
        return errorEnvelope(channel, faultError(error, where, { folder: context.app.dataDir }) ?? error, log)
      }
    }
    const journal = session.journal
    if (!journal) {
      const problem = session.problem?.message ?? 'Leap is restoring a backup. Try again in a moment.'
      return createUnavailableDispatch(context.app, session.journalPath, problem)(channel, rawInput)
    }
    if (current?.journal !== journal) {
      current = {
        journal,
        dispatch: createDispatch(
          {
            journal,
            app: context.app,
            platform: context.platform,
            preferences: () => readPreferences(context.app.dataDir)
          },
          options
        )
      }
    }
    return current.dispatch(channel, rawInput)
  }
}

function unknownChannel(channel: string): Envelope<never> {
  return failure({ code: 'invalid_input', message: `Leap has no call named "${String(channel)}".` })
}

function errorEnvelope(channel: string, error: unknown, log: Log): Envelope<never> {
  if (error instanceof LeapError) {
    return failure({
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {})
    })
  }
  log(`Leap: ${channel} failed`, error)
  return failure({
    code: 'internal',
    message: 'Leap could not complete this. Nothing was changed. If it happens again, restart Leap.'
  })
}

class InvalidOutputError extends Error {
  constructor(channel: string, error: z.ZodError) {
    super(`${channel} returned data that does not match the contract: ${error.message}`)
  }
}

function failure(error: LeapErrorBody): Envelope<never> {
  return { ok: false, error }
}

/**
 * The door's check of an input: its schema, and the one rule for every string in it (shared/domain/text.ts),
 * so text is stored exactly or refused with its reason, whatever the channel.
 */
function validate<S extends z.ZodType>(
  schema: S,
  input: unknown
): { success: true; data: z.output<S> } | { success: false; error: LeapErrorBody } {
  const refused = refusedText(input)
  if (refused) {
    return {
      success: false,
      error: { code: 'invalid_input', message: refused.message, fields: { [refused.path]: refused.message } }
    }
  }
  const parsed = schema.safeParse(input)
  return parsed.success ? parsed : { success: false, error: describeInvalidInput(parsed.error) }
}

export function describeInvalidInput(error: z.ZodError): LeapErrorBody {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(input)'
    fields[path] ??= issue.message
  }
  const [first] = error.issues
  const where = first && first.path.length > 0 ? `${first.path.map(String).join('.')}: ` : ''
  return { code: 'invalid_input', message: `${where}${first?.message ?? 'The input is not valid.'}`, fields }
}

/**
 * When the journal cannot be opened, the window still opens: app.info explains what happened and every other
 * call answers journal_unavailable, so nothing can write to a file we decided not to touch.
 */
export function createUnavailableDispatch(
  app: HandlerContext['app'],
  journalPath: string,
  problem: string
): Dispatch {
  return async (channel) => {
    if (channel === 'app.info')
      return { ok: true, data: { ...app, journalPath, schemaVersion: null, problem } }
    if (!Object.hasOwn(contract, channel)) return unknownChannel(channel)
    return failure({ code: 'journal_unavailable', message: problem })
  }
}
