import type { z } from 'zod'

/**
 * What a call can read or write: the journal's tables by name, and what Leap keeps beside the journal.
 * `journal` is the file itself (which one is open, its version, why it could not be opened).
 */
export const JOURNAL_TABLES = [
  'members',
  'reflections',
  'tags',
  'reflection_tags',
  'reflection_delegations',
  'action_items',
  'delegations',
  'checkins',
  'authority_changes',
  'delegation_tags',
  'offers_dismissed',
  'talking_points',
  'goals',
  'feedback',
  'away_periods',
  'one_on_one_skips'
] as const
export const DATA_SETS = [...JOURNAL_TABLES, 'journal', 'settings', 'backups', 'exports'] as const
export type DataSet = (typeof DATA_SETS)[number]

/** A restore or a fresh start replaces the journal and everything in it. */
export const EVERYTHING_IN_THE_JOURNAL = [...JOURNAL_TABLES, 'journal'] as const satisfies readonly DataSet[]

/**
 * One call: the schemas of what it sends and gets back, and either the data it reads (a query, whose answer
 * the renderer may cache) or the data it may write (a command; an empty list is an action such as "show in
 * folder" that changes no data). A unit test records the tables each command really changes.
 */
export type ChannelSpec = { input: z.ZodType; output: z.ZodType } & (
  { reads: readonly DataSet[] } | { writes: readonly DataSet[] }
)

/** One domain's calls, each named `<domain>.<call>`; shared/domain/<domain>.ts holds it. */
export type Slice<Domain extends string> = Record<`${Domain}.${string}`, ChannelSpec>

/** Whether a command that writes `writes` changes what a query that reads `reads` answers. */
export function overlaps(reads: readonly DataSet[], writes: readonly DataSet[]): boolean {
  return reads.some((set) => writes.includes(set))
}
