import { initialSchema } from './001-initial'
import { searchSchema } from './002-search'
import { insightsSchema } from './003-insights'
import { sampleTeamSchema } from './004-sample-team'
import { trashAndTextSchema } from './005-trash-and-text'
import { lettingGoSchema } from './006-letting-go'
import { oneOnOneLoopSchema } from './007-one-on-one-loop'
import { feedbackAndGoalsSchema } from './008-feedback-and-goals'
import { cadenceIndexesSchema } from './009-cadence-indexes'

export interface Migration {
  /** Becomes PRAGMA user_version once applied; versions are 1, 2, 3 ... with no gaps. */
  version: number
  name: string
  sql: string
}

/** Every schema change, in order. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initialSchema },
  { version: 2, name: 'search', sql: searchSchema },
  { version: 3, name: 'insights', sql: insightsSchema },
  { version: 4, name: 'sample team', sql: sampleTeamSchema },
  { version: 5, name: 'trash-and-text', sql: trashAndTextSchema },
  { version: 6, name: 'letting-go', sql: lettingGoSchema },
  { version: 7, name: 'one-on-one-loop', sql: oneOnOneLoopSchema },
  { version: 8, name: 'feedback-and-goals', sql: feedbackAndGoalsSchema },
  { version: 9, name: 'cadence-indexes', sql: cadenceIndexesSchema }
]

export const LATEST_SCHEMA_VERSION = migrations.length
