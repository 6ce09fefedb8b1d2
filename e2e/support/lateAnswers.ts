import type { Page } from '@playwright/test'

/**
 * Main's answers on `channels` reach the window `ms` later, as on a slow disk or a busy machine. Added before
 * the app opens; the bridge is frozen (as the preload's is), so the window gets a new one.
 */
export const answerLate = (page: Page, channels: readonly string[], ms: number) =>
  page.addInitScript(
    ({ channels, ms }) => {
      type Ask = (input: unknown) => Promise<unknown>
      const leap = (globalThis as unknown as { leap: Record<string, Ask> }).leap
      const late =
        (ask: Ask): Ask =>
        async (input) => {
          const answer = await ask(input)
          await new Promise((resolve) => setTimeout(resolve, ms))
          return answer
        }
      const slowed = Object.fromEntries(channels.map((channel) => [channel, late(leap[channel]!)]))
      Object.assign(globalThis, { leap: { ...leap, ...slowed } })
    },
    { channels, ms }
  )
