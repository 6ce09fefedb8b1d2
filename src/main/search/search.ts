import type { SearchGroup, SearchHit, SearchKind, SearchQuery } from '../../shared/domain/search'
import { SEARCH_KINDS } from '../../shared/domain/search'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { toMatchExpression } from './query'
import { snippetsFor } from './highlights'

/**
 * How each kind is searched: its FTS5 index (migrations 2 and 6), the row it points to (`t`), and the SQL for what a
 * hit shows. `weights` are bm25 column weights in the index's column order: a word in a title or a name
 * counts more than the same word deep in a body.
 */
interface KindSearch {
  fts: string
  table: string
  /** Joins (on `t`) for the member and the title a hit shows. */
  joins: string
  title: string
  date: string
  memberId: string
  memberName: string
  delegationId: string
  weights: number[]
  /** The indexed column a hit shows as its title, if any: its snippet prefers another column on a tie. */
  titleColumn: number | null
}

const kinds: Record<SearchKind, KindSearch> = {
  member: {
    fts: 'members_fts',
    table: 'members',
    joins: '',
    title: 't.name',
    date: 'NULL',
    memberId: 't.id',
    memberName: 't.name',
    delegationId: 'NULL',
    weights: [10, 4, 4, 2, 1, 1, 1, 1],
    titleColumn: 0
  },
  reflection: {
    fts: 'reflections_fts',
    table: 'reflections',
    joins: 'LEFT JOIN members m ON m.id = t.member_id',
    title: 't.title',
    date: 't.date',
    memberId: 't.member_id',
    memberName: 'm.name',
    delegationId: 'NULL',
    weights: [5, 1],
    titleColumn: 0
  },
  delegation: {
    fts: 'delegations_fts',
    table: 'delegations',
    joins: 'JOIN members m ON m.id = t.member_id',
    title: 't.title',
    date: 'coalesce(t.started_on, substr(t.created_at, 1, 10))',
    memberId: 't.member_id',
    memberName: 'm.name',
    delegationId: 't.id',
    weights: [5, 2, 1, 1, 1, 1, 1, 1, 1, 1],
    titleColumn: 0
  },
  checkin: {
    fts: 'checkins_fts',
    table: 'checkins',
    joins: 'JOIN delegations d ON d.id = t.delegation_id JOIN members m ON m.id = d.member_id',
    title: 'd.title',
    date: 't.date',
    memberId: 'd.member_id',
    memberName: 'm.name',
    delegationId: 't.delegation_id',
    weights: [1, 1, 1, 1],
    titleColumn: null
  },
  action_item: {
    fts: 'action_items_fts',
    table: 'action_items',
    joins: 'LEFT JOIN members m ON m.id = t.member_id',
    title: 't.text',
    date: 'coalesce(t.due_date, substr(t.created_at, 1, 10))',
    memberId: 't.member_id',
    memberName: 'm.name',
    delegationId: 'NULL',
    weights: [1],
    titleColumn: 0
  },
  talking_point: {
    fts: 'talking_points_fts',
    table: 'talking_points',
    joins: 'JOIN members m ON m.id = t.member_id',
    title: 't.text',
    date: 't.jotted_on',
    memberId: 't.member_id',
    memberName: 'm.name',
    delegationId: 'NULL',
    weights: [1],
    titleColumn: 0
  },
  away_period: {
    fts: 'away_periods_fts',
    table: 'away_periods',
    joins: 'JOIN members m ON m.id = t.member_id',
    title: "'Away ' || t.starts_on || ' to ' || t.ends_on",
    date: 't.starts_on',
    memberId: 't.member_id',
    memberName: 'm.name',
    delegationId: 'NULL',
    weights: [1],
    titleColumn: null
  },
  skip: {
    fts: 'one_on_one_skips_fts',
    table: 'one_on_one_skips',
    joins: 'JOIN members m ON m.id = t.member_id',
    title: "'Skipped one-on-one'",
    date: 't.date',
    memberId: 't.member_id',
    memberName: 'm.name',
    delegationId: 'NULL',
    weights: [1],
    titleColumn: null
  },
  goal: {
    fts: 'goals_fts',
    table: 'goals',
    joins: 'JOIN members m ON m.id = t.member_id',
    title: 't.title',
    date: 'substr(t.created_at, 1, 10)',
    memberId: 't.member_id',
    memberName: 'm.name',
    delegationId: 'NULL',
    weights: [5, 1],
    titleColumn: 0
  },
  feedback: {
    fts: 'feedback_fts',
    table: 'feedback',
    joins: 'JOIN members m ON m.id = t.member_id',
    title: "CASE t.kind WHEN 'praise' THEN 'Praise: ' ELSE 'Redirect: ' END || t.behaviour",
    date: 'coalesce(t.given_on, substr(t.created_at, 1, 10))',
    memberId: 't.member_id',
    memberName: 'm.name',
    delegationId: 'NULL',
    weights: [1, 2, 1, 1],
    titleColumn: 1
  }
}

/**
 * Ranking every match is what makes full-text search slow on a big journal (bm25 of each of tens of
 * thousands of matches for a common word), while walking the index newest-first and stopping is cheap. So a
 * search ranks the RANK_WINDOW most recent matches (by row order, which follows writing order): a word that
 * matches fewer entries than that is ranked over all of them exactly; a common word is ranked over its most
 * recent matches, which is where a leader looking something up almost always is.
 */
export const RANK_WINDOW = 1000

/** A match this many days old weighs half as much as the same match today (bm25 is divided by 1 + age/HALF). */
export const RECENCY_HALF_DAYS = 730

/** The page of hits of one kind, ranked; snippets come after, for the page only (see highlightsStatement). */
function pageStatement(db: Db, kind: SearchKind) {
  const k = kinds[kind]
  return sql(
    db,
    `WITH candidates AS (
       SELECT f.rowid AS rid,
         bm25(${k.fts}, ${k.weights.join(', ')})
           / (1.0 + coalesce(max(0, julianday(@today) - julianday(${k.date})), 0) / ${RECENCY_HALF_DAYS}.0) AS score
       FROM ${k.fts} f JOIN ${k.table} t ON t.rowid = f.rowid ${k.joins}
       WHERE ${k.fts} MATCH @match
         AND (@memberId IS NULL OR ${k.memberId} = @memberId)
         AND (@from IS NULL OR ${k.date} >= @from)
         AND (@to IS NULL OR ${k.date} <= @to)
       ORDER BY f.rowid DESC LIMIT ${RANK_WINDOW}
     ), page AS (
       SELECT rid, score FROM candidates ORDER BY score, rid DESC LIMIT @limit OFFSET @offset
     )
     SELECT page.rid, t.id, ${k.title} AS title, ${k.date} AS date, ${k.memberId} AS memberId,
       ${k.memberName} AS memberName, ${k.delegationId} AS delegationId
     FROM page JOIN ${k.table} t ON t.rowid = page.rid ${k.joins}
     ORDER BY page.score, page.rid DESC`
  )
}

type Row = Omit<SearchHit, 'kind' | 'snippet'> & { rid: number }

/** Searches every kind asked for (all by default); each group is ranked on its own and paged on its own. */
export function search(db: Db, query: SearchQuery, today = localToday()): { groups: SearchGroup[] } {
  const match = toMatchExpression(query.text)
  const wanted = SEARCH_KINDS.filter((kind) => !query.kinds || query.kinds.includes(kind))
  if (!match) return { groups: [] }
  const limit = query.limit ?? 20
  const params = {
    match,
    today,
    memberId: query.memberId ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    limit: limit + 1,
    offset: query.offset ?? 0
  }
  const groups: SearchGroup[] = []
  for (const kind of wanted) {
    // Members have no date: a date range leaves them out.
    if (kind === 'member' && (query.from || query.to)) continue
    const rows = pageStatement(db, kind).all(params) as Row[]
    if (rows.length === 0) continue
    const page = rows.slice(0, limit)
    const snippets = snippetsFor(
      db,
      kinds[kind],
      match,
      page.map((row) => row.rid)
    )
    groups.push({
      kind,
      hasMore: rows.length > limit,
      hits: page.map(({ rid, ...row }) => ({ ...row, kind, snippet: snippets.get(rid) ?? [] }))
    })
  }
  return { groups }
}

function localToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export const searchHandlers: ChannelHandlers<'search.query'> = {
  'search.query': ({ journal }, input) => search(journal.db, input)
}
