import type {
  OneOnOnePrep,
  OneOnOnePrepQuery,
  TimelineItem,
  TimelinePage,
  TimelineQuery
} from '../../shared/domain/oneOnOnes'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { listActionItems } from './actionItems'
import { getMember } from './members'
import { excerptOf } from './rows'

/** One query per panel of the 1:1 view: open action items, active delegations, the last reflection. */
export function prepareOneOnOne(db: Db, { memberId, excludeReflectionId }: OneOnOnePrepQuery): OneOnOnePrep {
  const member = getMember(db, memberId)
  const delegations = sql(
    db,
    `SELECT d.id, d.title, d.authority_level AS authorityLevel, d.checkin_every_days AS checkinEveryDays,
       d.started_on AS startedOn, d.due_date AS dueDate,
       c.date AS lastDate, c.signal AS lastSignal, c.leader_response AS lastResponse
     FROM delegations d
     LEFT JOIN checkins c ON c.id = (
       SELECT id FROM checkins WHERE delegation_id = d.id AND deleted_at IS NULL ORDER BY date DESC, created_at DESC LIMIT 1)
     WHERE d.member_id = ? AND d.deleted_at IS NULL AND d.status = 'active'
     ORDER BY d.due_date IS NULL, d.due_date, d.title COLLATE NOCASE`
  ).all(memberId) as (Omit<OneOnOnePrep['activeDelegations'][number], 'lastCheckin'> & {
    lastDate: string | null
    lastSignal: string | null
    lastResponse: string | null
  })[]
  const lastReflection = sql(
    db,
    `SELECT id, date, title, mood, stance FROM reflections
     WHERE member_id = ? AND kind = 'one_on_one' AND deleted_at IS NULL AND id IS NOT ?
     ORDER BY date DESC, created_at DESC LIMIT 1`
  ).get(memberId, excludeReflectionId ?? null) as OneOnOnePrep['lastReflection'] | undefined
  return {
    member,
    openActionItems: listActionItems(db, { memberId, status: 'open' }),
    activeDelegations: delegations.map(({ lastDate, lastSignal, lastResponse, ...delegation }) => ({
      ...delegation,
      lastCheckin: lastDate ? { date: lastDate, signal: lastSignal!, leaderResponse: lastResponse! } : null
    })),
    lastReflection: lastReflection ?? null
  }
}

const TIMELINE_PAGE = 50

/**
 * A person's history, newest first: reflections, check-ins on their delegations, action items (dated by the
 * day they were written down). Keyset paging on (date, id) over the union keeps deep pages cheap.
 */
export function memberTimeline(
  db: Db,
  { memberId, before, limit = TIMELINE_PAGE }: TimelineQuery
): TimelinePage {
  getMember(db, memberId)
  const rows = sql(
    db,
    `SELECT * FROM (
       SELECT 'reflection' AS kind, r.id, r.date, r.title, substr(r.body, 1, 600) AS body, r.kind AS reflectionKind,
         r.mood, r.stance, NULL AS delegationId, NULL AS delegationTitle, NULL AS signal, NULL AS leaderResponse,
         NULL AS owner, NULL AS status, NULL AS dueDate
       FROM reflections r WHERE r.member_id = @memberId AND r.deleted_at IS NULL
       UNION ALL
       SELECT 'checkin', c.id, c.date, NULL, c.progress, NULL, NULL, NULL, d.id, d.title, c.signal, c.leader_response,
         NULL, NULL, NULL
       FROM checkins c JOIN delegations d ON d.id = c.delegation_id
       WHERE d.member_id = @memberId AND c.deleted_at IS NULL AND d.deleted_at IS NULL
       UNION ALL
       SELECT 'action_item', a.id, substr(a.created_at, 1, 10), NULL, a.text, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         a.owner, a.status, a.due_date
       FROM action_items a WHERE a.member_id = @memberId AND a.deleted_at IS NULL
     )
     WHERE @beforeDate IS NULL OR date < @beforeDate OR (date = @beforeDate AND id < @beforeId)
     ORDER BY date DESC, id DESC LIMIT @limit`
  ).all({
    memberId,
    beforeDate: before?.date ?? null,
    beforeId: before?.id ?? '',
    limit: limit + 1
  }) as TimelineRow[]
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    items: page.map(toTimelineItem),
    next: rows.length > limit && last ? { date: last.date, id: last.id } : null
  }
}

interface TimelineRow {
  kind: TimelineItem['kind']
  id: string
  date: string
  title: string | null
  body: string | null
  reflectionKind: 'one_on_one' | 'general' | null
  mood: number | null
  stance: number | null
  delegationId: string | null
  delegationTitle: string | null
  signal: string | null
  leaderResponse: string | null
  owner: string | null
  status: string | null
  dueDate: string | null
}

function toTimelineItem(row: TimelineRow): TimelineItem {
  switch (row.kind) {
    case 'reflection':
      return {
        kind: 'reflection',
        id: row.id,
        date: row.date,
        title: row.title ?? '',
        excerpt: excerptOf(row.body ?? ''),
        reflectionKind: row.reflectionKind ?? 'one_on_one',
        mood: row.mood,
        stance: row.stance
      }
    case 'checkin':
      return {
        kind: 'checkin',
        id: row.id,
        date: row.date,
        delegationId: row.delegationId!,
        delegationTitle: row.delegationTitle ?? '',
        signal: row.signal ?? '',
        leaderResponse: row.leaderResponse ?? '',
        progress: row.body
      }
    case 'action_item':
      return {
        kind: 'action_item',
        id: row.id,
        date: row.date,
        text: row.body ?? '',
        owner: row.owner ?? 'me',
        status: row.status ?? 'open',
        dueDate: row.dueDate
      }
  }
}
