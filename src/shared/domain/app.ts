import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'

export const AppInfo = z.strictObject({
  name: z.string(),
  version: z.string(),
  /** The folder that holds the journal, shown to the user so they always know where their notes are. */
  dataDir: z.string(),
  journalPath: z.string(),
  schemaVersion: z.number().int().nullable(),
  /** Set when the journal could not be opened: what happened, in words a user can act on. */
  problem: z.string().nullable()
})
export type AppInfo = z.infer<typeof AppInfo>

export const appChannels = {
  'app.info': { input: z.strictObject({}), output: AppInfo, reads: ['journal'] }
} as const satisfies Slice<'app'>
