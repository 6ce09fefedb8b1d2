import type { GoalInsights, OutcomeScope } from '../../shared/domain/insights'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { requireMember } from '../journal/members'

interface Row {
  memberId: string
  name: string
  id: string | null
  title: string | null
  status: 'active' | 'achieved' | null
  serving: number
}

/**
 * Growth goals as a panel: per person (one, or the current team by name, as every panel has it), their
 * active and achieved goals and the delegations serving them. Dropped goals, the trash, and delegations in it
 * do not count. One read: each person with their goals, or once without any.
 */
export function goalInsights(db: Db, { memberId }: OutcomeScope): GoalInsights {
  if (memberId) requireMember(db, memberId)
  const rows = sql(
    db,
    `SELECT m.id AS memberId, m.name, g.id, g.title, g.status,
       (SELECT count(*) FROM delegations d WHERE d.goal_id = g.id AND d.deleted_at IS NULL) AS serving
     FROM members m
       LEFT JOIN goals g ON g.member_id = m.id AND g.status IN ('active', 'achieved') AND g.deleted_at IS NULL
     WHERE CASE WHEN @memberId IS NULL THEN m.deleted_at IS NULL AND m.archived_at IS NULL ELSE m.id = @memberId END
     ORDER BY m.name COLLATE NOCASE, m.created_at, m.id, g.status = 'achieved', g.created_at, g.id`
  ).all({ memberId: memberId ?? null }) as Row[]
  const total = { active: 0, achieved: 0, serving: 0 }
  const byMember: GoalInsights['byMember'] = []
  for (const row of rows) {
    let person = byMember.at(-1)
    if (person?.memberId !== row.memberId) {
      person = { memberId: row.memberId, name: row.name, active: 0, achieved: 0, serving: 0, goals: [] }
      byMember.push(person)
    }
    if (row.id === null || row.title === null || row.status === null) continue
    person[row.status] += 1
    person.serving += row.serving
    total[row.status] += 1
    total.serving += row.serving
    person.goals.push({ id: row.id, title: row.title, status: row.status, serving: row.serving })
  }
  return { total, byMember }
}
