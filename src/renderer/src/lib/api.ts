import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import type { ErrorCode, LeapErrorBody } from '../../../shared/ipc/envelope'
import { takeFirstRead } from './firstReads'

/** A failed call, with the code and the per-field messages main sent, for forms to show inline. */
export class LeapCallError extends Error {
  readonly code: ErrorCode
  readonly fields: Record<string, string>

  constructor(body: LeapErrorBody) {
    super(body.message)
    this.name = 'LeapCallError'
    this.code = body.code
    this.fields = body.fields ?? {}
  }
}

/** What a one-field form shows for a failure: main's sentence for that field, without the field's name. */
export function messageFor(error: unknown, field: string): string {
  if (error instanceof LeapCallError) return error.fields[field] ?? error.message
  return error instanceof Error ? error.message : String(error)
}

/** Calls main and unwraps the envelope: data, or a LeapCallError that React Query and forms understand. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await (takeFirstRead(channel, input) ?? window.leap[channel](input))
  if (result.ok) return result.data
  throw new LeapCallError(result.error)
}
