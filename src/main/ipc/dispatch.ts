import type { z } from 'zod'
import { contract, type Channel } from '../../shared/ipc/contract'
import { LeapError, type Envelope, type LeapErrorBody } from '../../shared/ipc/envelope'
import { handlers as defaultHandlers, type HandlerContext, type Handlers } from './handlers'

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>

export interface DispatchOptions {
  /** Tests swap in a handler that misbehaves, to prove the wrapper catches it. */
  handlers?: Handlers
  log?: (message: string, error: unknown) => void
}

/**
 * The one door into the journal, shared by Electron's IPC and the e2e harness: checks the channel, validates
 * the input, runs the handler and validates what it returns, all inside one transaction, so a call that fails
 * at any step (even an answer that does not match the contract) leaves the journal as it was.
 */
export function createDispatch(context: HandlerContext, options: DispatchOptions = {}): Dispatch {
  const handlers = options.handlers ?? defaultHandlers
  const log = options.log ?? ((message, error) => console.error(message, error))
  const { db } = context.journal

  return async (channel, rawInput) => {
    if (!Object.hasOwn(contract, channel)) {
      return failure({ code: 'invalid_input', message: `Leap has no call named "${String(channel)}".` })
    }
    const schema = contract[channel as Channel]
    const parsed = schema.input.safeParse(rawInput)
    if (!parsed.success) return failure(describeInvalidInput(parsed.error))

    try {
      const data = db.transaction(() => {
        const handler = handlers[channel as Channel] as (ctx: HandlerContext, input: unknown) => unknown
        const output = schema.output.safeParse(handler(context, parsed.data))
        if (!output.success) throw new InvalidOutputError(channel, output.error)
        return output.data
      })()
      return { ok: true, data }
    } catch (error) {
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
  }
}

class InvalidOutputError extends Error {
  constructor(channel: string, error: z.ZodError) {
    super(`${channel} returned data that does not match the contract: ${error.message}`)
  }
}

function failure(error: LeapErrorBody): Envelope<never> {
  return { ok: false, error }
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
  return async (channel) =>
    channel === 'app.info'
      ? { ok: true, data: { ...app, journalPath, schemaVersion: null, problem } }
      : failure({ code: 'journal_unavailable', message: problem })
}
