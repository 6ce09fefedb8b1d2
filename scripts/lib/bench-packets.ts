import type { Db } from '../../src/main/db/open'
import { sql } from '../../src/main/db/statements'
import { reviewPacket } from '../../src/main/journal/packets'
import { SEED_UNTIL } from './seed'
import type { BenchOperation } from './bench-operations'

/** The packet's default period: the six months up to the seeded journal's last day. */
const period = { from: '2025-12-31', to: SEED_UNTIL }

/**
 * packets.get: a person's review packet for six months. Baseline: the same rows in the same order read bare
 * (their delegations under way and the levels raised, the check-ins' responses counted, the lessons, the
 * scored predictions, the reflections with their bodies, the action items done, the goals with the delegations
 * serving them, the feedback given), without the excerpts, the verdicts or the trends.
 */
export function packetOperation(memberAt: (raw: Db, i: number) => string): BenchOperation {
  return {
    name: 'packets.get',
    app: ({ db, raw }, i) => reviewPacket(db, { memberId: memberAt(raw, i), ...period }),
    baseline: ({ raw }, i) => {
      const params = { memberId: memberAt(raw, i), ...period }
      const all = (query: string) => sql(raw, query).all(params)
      return [
        sql(raw, 'SELECT id, name, role FROM members WHERE id = @memberId').get(params),
        all(`SELECT id, title, status, authority_level, outcome, lessons, completed_on FROM delegations
             WHERE member_id = @memberId AND deleted_at IS NULL AND status <> 'planned'
               AND coalesce(started_on, substr(created_at, 1, 10)) <= @to
               AND (completed_on IS NULL OR completed_on >= @from)
             ORDER BY coalesce(started_on, created_at), title COLLATE NOCASE`),
        all(`SELECT a.delegation_id, a.from_level, a.to_level, a.changed_on, a.reason FROM authority_changes a
             JOIN delegations d ON d.id = a.delegation_id
             WHERE d.member_id = @memberId AND a.deleted_at IS NULL AND a.from_level IS NOT NULL
               AND a.to_level > a.from_level AND a.changed_on BETWEEN @from AND @to
             ORDER BY a.changed_on, a.created_at`),
        all(`SELECT c.leader_response, count(*) FROM checkins c JOIN delegations d ON d.id = c.delegation_id
             WHERE d.member_id = @memberId AND c.deleted_at IS NULL AND d.deleted_at IS NULL
               AND c.date BETWEEN @from AND @to GROUP BY c.leader_response`),
        all(`SELECT c.id, d.id, d.title, c.date, c.worked_out, c.lesson FROM checkins c
             JOIN delegations d ON d.id = c.delegation_id
             WHERE d.member_id = @memberId AND c.deleted_at IS NULL AND d.deleted_at IS NULL
               AND c.worked_out IS NOT NULL AND c.date BETWEEN @from AND @to ORDER BY c.date`),
        all(`SELECT id, title, success_estimate, status, completed_on FROM delegations
             WHERE member_id = @memberId AND deleted_at IS NULL AND success_estimate IS NOT NULL
               AND status IN ('done', 'handed_back') AND completed_on BETWEEN @from AND @to
             ORDER BY completed_on`),
        all(`SELECT id, date, title, body, mood, stance FROM reflections
             WHERE member_id = @memberId AND deleted_at IS NULL AND date BETWEEN @from AND @to
             ORDER BY date, created_at`),
        all(`SELECT id, text, owner, closed_at FROM action_items
             WHERE member_id = @memberId AND deleted_at IS NULL AND status = 'done'
               AND substr(closed_at, 1, 10) BETWEEN @from AND @to ORDER BY closed_at`),
        all(`SELECT g.id, g.title, g.why, g.status, d.id, d.title, d.authority_level, d.status FROM goals g
             LEFT JOIN delegations d ON d.goal_id = g.id AND d.deleted_at IS NULL
             WHERE g.member_id = @memberId AND g.deleted_at IS NULL AND substr(g.created_at, 1, 10) <= @to
               AND (g.status = 'active' OR (g.status = 'achieved' AND substr(g.updated_at, 1, 10) >= @from))
             ORDER BY g.status = 'achieved', g.created_at, g.id, d.created_at, d.id`),
        all(`SELECT id, kind, given_on, situation, behaviour, impact, response FROM feedback
             WHERE member_id = @memberId AND deleted_at IS NULL AND given_on BETWEEN @from AND @to
             ORDER BY given_on, created_at`)
      ]
    }
  }
}
