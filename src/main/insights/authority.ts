import { NUDGE_AFTER, type AuthorityInsights, type DatedScope } from '../../shared/domain/insights'
import { MAX_AUTHORITY_LEVEL, type LeaderResponse } from '../../shared/domain/delegationVocabulary'
import { ENACTED_LEVELS, ENACTED_WINDOW, enactedAuthority } from '../../shared/domain/enactedAuthority'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { quarterStart } from './periods'
import { scopedMembers } from './scope'
import { groupBy } from './sums'

type Step = AuthorityInsights['members'][number]['steps'][number] & { memberId: string }
interface LevelRow {
  memberId: string
  level: number
  done: number
  /** Done without the leader stepping in or taking it back at any check-in. */
  doneAlone: number
  tried: number
}

// Trashed authority steps, delegations and people never count; nor do steps dated after today.
const live = `a.deleted_at IS NULL AND d.deleted_at IS NULL AND m.deleted_at IS NULL AND a.changed_on <= @today
  AND (@memberId IS NULL OR d.member_id = @memberId)`

/**
 * The authority ladder across people: every level each delegation was given, when a level was last raised
 * (and whether that was in the last quarter), how many delegations were done at each level, and a nudge when
 * someone has finished NUDGE_AFTER at a level on their own and nothing has gone above it yet.
 */
export function authorityInsights(db: Db, { memberId, today }: DatedScope): AuthorityInsights {
  const members = scopedMembers(db, memberId)
  const since = quarterStart(today)
  const params = { memberId: memberId ?? null, today }
  const steps = sql(
    db,
    `SELECT d.member_id AS memberId, d.id AS delegationId, d.title, a.changed_on AS changedOn,
       a.from_level AS fromLevel, a.to_level AS toLevel
     FROM authority_changes a JOIN delegations d ON d.id = a.delegation_id JOIN members m ON m.id = d.member_id
     WHERE ${live}
     ORDER BY a.changed_on, a.created_at, a.rowid`
  ).all(params) as Step[]
  const lastRaised = new Map(
    (
      sql(
        db,
        `SELECT d.member_id AS memberId, max(a.changed_on) AS day
         FROM authority_changes a JOIN delegations d ON d.id = a.delegation_id JOIN members m ON m.id = d.member_id
         WHERE ${live} AND a.to_level > a.from_level
         GROUP BY d.member_id`
      ).all(params) as { memberId: string; day: string }[]
    ).map((row) => [row.memberId, row.day])
  )
  // Per person and level (the level a delegation has now, i.e. where it ended): done, and tried (not cancelled).
  const levels = sql(
    db,
    `SELECT d.member_id AS memberId, d.authority_level AS level, coalesce(sum(d.status = 'done'), 0) AS done,
       coalesce(sum(d.status = 'done' AND NOT EXISTS (SELECT 1 FROM checkins c WHERE c.delegation_id = d.id
         AND c.deleted_at IS NULL AND c.leader_response IN ('stepped_in', 'took_back'))), 0) AS doneAlone,
       coalesce(sum(d.status <> 'cancelled'), 0) AS tried
     FROM delegations d JOIN members m ON m.id = d.member_id
     WHERE d.deleted_at IS NULL AND m.deleted_at IS NULL AND (@memberId IS NULL OR d.member_id = @memberId)
     GROUP BY d.member_id, d.authority_level ORDER BY d.authority_level`
  ).all({ memberId: memberId ?? null }) as LevelRow[]

  const gaps = flaggedGaps(db, memberId ?? null)
  const [stepsOf, levelsOf, gapsOf, actedOf] = [
    groupBy(steps, (s) => s.memberId),
    groupBy(levels, (l) => l.memberId),
    groupBy(gaps, (g) => g.memberId),
    groupBy(actedLevels(db, params), (a) => a.memberId)
  ]
  return {
    since,
    members: members.map(({ memberId: id, name }) => {
      const own = levelsOf.get(id) ?? []
      const lastRaisedOn = lastRaised.get(id) ?? null
      const steps = stepsOf.get(id) ?? []
      // Waiting since the last raise, or since the first level given: a delegation handed over this week
      // has not waited 90 days for a raise (someone given nothing yet still counts as waiting).
      const waitingSince = lastRaisedOn ?? steps[0]?.changedOn
      return {
        memberId: id,
        name,
        steps: steps.map(({ memberId: _, ...step }) => step),
        lastRaisedOn,
        stale: waitingSince === undefined || waitingSince < since,
        doneByLevel: own.filter((row) => row.done > 0).map(({ level, done }) => ({ level, count: done })),
        nudge: nudgeFor(own),
        acted: (actedOf.get(id) ?? []).map(({ memberId: _, ...point }) => point),
        gaps: (gapsOf.get(id) ?? []).map(({ memberId: _, ...gap }) => gap)
      }
    })
  }
}

/**
 * The highest level with NUDGE_AFTER done without the leader stepping in, if no delegation (other than
 * cancelled) has gone above it: a delegation the leader rescued says nothing about readiness for more.
 */
function nudgeFor(levels: readonly LevelRow[]): { level: number; count: number } | null {
  const ready = levels.filter((row) => row.doneAlone >= NUDGE_AFTER).at(-1)
  if (!ready || ready.level >= MAX_AUTHORITY_LEVEL) return null
  const above = levels.some((row) => row.level > ready.level && row.tried > 0)
  return above ? null : { level: ready.level, count: ready.doneAlone }
}

/** The level each response enacts, in SQL, from the one table in shared/domain/enactedAuthority.ts. */
const enactedLevel = `CASE c.leader_response ${Object.entries(ENACTED_LEVELS)
  .filter(([, level]) => level !== null)
  .map(([response, level]) => `WHEN '${response}' THEN ${level}`)
  .join(' ')} END`

/**
 * The level acted at after each telling check-in of each live delegation, over the year up to today (what the
 * chart draws): the mean of the latest ENACTED_WINDOW, as enactedAuthority reads it, computed by SQLite's
 * window functions so a team's thousands of check-ins never cross into JavaScript one by one.
 */
function actedLevels(db: Db, params: { memberId: string | null; today: string }) {
  return sql(
    db,
    `SELECT memberId, delegationId, title, day, level FROM (
       SELECT d.member_id AS memberId, d.id AS delegationId, d.title, c.date AS day,
         CAST(round(avg(${enactedLevel}) OVER (PARTITION BY c.delegation_id ORDER BY c.date, c.created_at
           ROWS BETWEEN ${ENACTED_WINDOW - 1} PRECEDING AND CURRENT ROW)) AS INTEGER) AS level
       FROM checkins c JOIN delegations d ON d.id = c.delegation_id JOIN members m ON m.id = d.member_id
       WHERE c.deleted_at IS NULL AND d.deleted_at IS NULL AND m.deleted_at IS NULL AND c.date <= @today
         AND (@memberId IS NULL OR d.member_id = @memberId) AND ${enactedLevel} IS NOT NULL
         -- Only delegations checked in on this year: their earlier check-ins still count in the window.
         AND c.delegation_id IN (SELECT delegation_id FROM checkins
           WHERE date > date(@today, '-1 year') AND date <= @today AND deleted_at IS NULL))
     WHERE day > date(@today, '-1 year')
     ORDER BY delegationId, day`
  ).all(params) as { memberId: string; delegationId: string; title: string; day: string; level: number }[]
}

/** Active delegations where the leader acted two levels or more from the level agreed (enactedAuthority.ts). */
function flaggedGaps(db: Db, memberId: string | null) {
  const rows = sql(
    db,
    `SELECT d.member_id AS memberId, d.id AS delegationId, d.title, d.authority_level AS agreed,
       (SELECT group_concat(c.leader_response, ',' ORDER BY c.date DESC, c.created_at DESC) FROM checkins c
        WHERE c.delegation_id = d.id AND c.deleted_at IS NULL) AS responses
     FROM delegations d JOIN members m ON m.id = d.member_id
     WHERE d.status = 'active' AND d.deleted_at IS NULL AND m.deleted_at IS NULL
       AND (@memberId IS NULL OR d.member_id = @memberId)
     ORDER BY d.title COLLATE NOCASE`
  ).all({ memberId }) as {
    memberId: string
    delegationId: string
    title: string
    agreed: number
    responses: string | null
  }[]
  return rows.flatMap(({ responses, ...row }) => {
    const enacted = enactedAuthority(row.agreed, (responses?.split(',') ?? []) as LeaderResponse[])
    return enacted?.flagged ? [{ ...row, acted: enacted.acted, basedOn: enacted.basedOn }] : []
  })
}
