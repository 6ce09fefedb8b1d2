import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { Id, LocalDate } from './common'

/** What search finds, in the order the results are grouped. */
export const SEARCH_KINDS = [
  'member',
  'reflection',
  'delegation',
  'checkin',
  'action_item',
  'talking_point',
  'away_period',
  'skip',
  'goal',
  'feedback'
] as const
export const SearchKind = z.enum(SEARCH_KINDS)
export type SearchKind = z.infer<typeof SearchKind>

export const SEARCH_PAGE_MAX = 100

export const SearchQuery = z
  .strictObject({
    /** What the user typed, as typed: main turns it into a safe FTS5 query (see main/search/query.ts). */
    text: z.string({ message: 'Type something to search for.' }).max(500, {
      message: 'Keep the search under 500 characters.'
    }),
    kinds: z.array(SearchKind).min(1).max(SEARCH_KINDS.length).optional(),
    memberId: Id.optional(),
    from: LocalDate.optional(),
    to: LocalDate.optional(),
    /** Results per kind. */
    limit: z.number().int().min(1).max(SEARCH_PAGE_MAX).optional(),
    offset: z.number().int().min(0).max(10_000).optional()
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'The start date must be on or before the end date.',
    path: ['to']
  })
export type SearchQuery = z.output<typeof SearchQuery>

/** A stretch of a snippet; `match` stretches are the words that matched, for highlighting. */
export const SnippetPart = z.strictObject({ text: z.string(), match: z.boolean() })
export type SnippetPart = z.infer<typeof SnippetPart>

export const SearchHit = z.strictObject({
  kind: SearchKind,
  id: Id,
  title: z.string(),
  snippet: z.array(SnippetPart),
  /** The day the entry belongs to (reflection, check-in), or started/created on; null for members. */
  date: LocalDate.nullable(),
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
  /** Check-ins open on their delegation's page. */
  delegationId: Id.nullable()
})
export type SearchHit = z.infer<typeof SearchHit>

export const SearchGroup = z.strictObject({
  kind: SearchKind,
  hits: z.array(SearchHit),
  /** More hits of this kind follow (ask again with a larger offset). */
  hasMore: z.boolean()
})
export type SearchGroup = z.infer<typeof SearchGroup>

export const SearchResult = z.strictObject({ groups: z.array(SearchGroup) })
export type SearchResult = z.infer<typeof SearchResult>

export const searchChannels = {
  'search.query': {
    input: SearchQuery,
    output: SearchResult,
    reads: [
      'members',
      'reflections',
      'delegations',
      'checkins',
      'action_items',
      'talking_points',
      'away_periods',
      'one_on_one_skips',
      'goals',
      'feedback'
    ]
  }
} as const satisfies Slice<'search'>
