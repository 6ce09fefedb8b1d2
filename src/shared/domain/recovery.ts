import { z } from 'zod'
import { EVERYTHING_IN_THE_JOURNAL, type Slice } from '../ipc/dataSets'
import { RecoveryStatus } from './backups'

/** What the recovery screen needs when the journal could not be opened (its schemas are in backups.ts). */
export const recoveryChannels = {
  'recovery.status': { input: z.strictObject({}), output: RecoveryStatus, reads: ['journal', 'backups'] },
  'recovery.startFresh': {
    input: z.strictObject({}),
    output: z.strictObject({}),
    writes: EVERYTHING_IN_THE_JOURNAL
  }
} as const satisfies Slice<'recovery'>
