import { z } from 'zod'
import { EVERYTHING_IN_THE_JOURNAL, type Slice } from '../ipc/dataSets'
import { Recover, Recovered, RecoveryStatus } from './backups'

/** What the recovery screen needs when the journal could not be opened (its schemas are in backups.ts). */
export const recoveryChannels = {
  'recovery.status': { input: z.strictObject({}), output: RecoveryStatus, reads: ['journal', 'backups'] },
  'recovery.startFresh': {
    input: z.strictObject({}),
    output: z.strictObject({}),
    writes: EVERYTHING_IN_THE_JOURNAL
  },
  /** Opens the journal again once the cause (a full disk, a lock) is gone: every screen's data may change. */
  'recovery.retry': { input: z.strictObject({}), output: RecoveryStatus, writes: EVERYTHING_IN_THE_JOURNAL },
  /** Restores a backup, brings back what can be read of the damaged journal, or both. */
  'recovery.recover': { input: Recover, output: Recovered, writes: [...EVERYTHING_IN_THE_JOURNAL, 'backups'] }
} as const satisfies Slice<'recovery'>
