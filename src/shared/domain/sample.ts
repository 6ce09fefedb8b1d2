import { z } from 'zod'
import { JOURNAL_TABLES, type Slice } from '../ipc/dataSets'

/** The team every sample member belongs to: it shows on each of them, so sample data is never mistaken. */
export const SAMPLE_TEAM = 'Sample team'

export const SampleTeamResult = z.strictObject({ members: z.number().int() })

/** Whether the journal holds the sample team (its members are marked in the journal itself). */
export const SampleTeamStatus = z.strictObject({ present: z.boolean() })

export const sampleChannels = {
  'sample.status': { input: z.strictObject({}), output: SampleTeamStatus, reads: ['members'] },
  'sample.create': {
    input: z.strictObject({}),
    output: SampleTeamResult,
    writes: [
      'members',
      'reflections',
      'tags',
      'reflection_tags',
      'action_items',
      'delegations',
      'checkins',
      'authority_changes'
    ]
  },
  /** Removes the sample members with everything that belongs to them, whatever was added while exploring. */
  'sample.remove': { input: z.strictObject({}), output: SampleTeamResult, writes: JOURNAL_TABLES }
} as const satisfies Slice<'sample'>
