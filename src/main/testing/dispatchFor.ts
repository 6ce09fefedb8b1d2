import { dirname } from 'node:path'
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract'
import type { Envelope } from '../../shared/ipc/envelope'
import { createDispatch } from '../ipc/dispatch'
import type { Journal } from '../db/open'

/** A typed dispatcher over a test journal: the same door the app uses, with the contract's types. */
export function dispatchFor(journal: Journal) {
  const dispatch = createDispatch(
    { journal, app: { name: 'Leap', version: 'test', dataDir: dirname(journal.path) } },
    { log: () => {} }
  )
  const send = <C extends Channel>(channel: C, input: ChannelInput<C> | unknown) =>
    dispatch(channel, input) as Promise<Envelope<ChannelOutput<C>>>
  /** Calls a channel that must succeed, and returns its data. */
  const ok = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await send(channel, input)
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`)
    return result.data
  }
  return { send, ok }
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000'
