import type { Channel, ChannelInput, ChannelOutput } from './contract'
import type { Envelope } from './envelope'

export type LeapApi = { [C in Channel]: (input: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>> }

/**
 * Builds `window.leap`: one function per channel, nothing else. The preload passes Electron's invoke; the
 * e2e harness passes a Playwright binding, serialising this very function into the page with toString(),
 * so it must stay self-contained: no imports, no closures over module scope.
 */
export function createLeapBridge(
  channelNames: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>
): LeapApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {}
  for (const channel of channelNames) {
    api[channel] = (input: unknown) => invoke(channel, input === undefined ? {} : input)
  }
  return Object.freeze(api) as unknown as LeapApi
}
