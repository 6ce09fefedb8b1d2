import type { GoalInsights, OutcomeScope } from '../../shared/domain/insights'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { scopedMembers } from './scope'
import { groupBy } from './sums'

type GoalRow = GoalInsights['byMember'][number]['goals'][number] & { memberId: string }

/**
 * Growth goals as a panel: per person (one, or the current team), their active and achieved goals and the
 * delegations serving them. Dropped goals, the trash, and delegations in it do not count.
 */
export function goalInsights(db: Db, { memberId }: OutcomeScope): GoalInsights {
  const members = scopedMembers(db, memberId)
  const rows = sql(
    db,
    `SELECT g.member_id AS memberId, g.id, g.title, g.status,
       (SELECT count(*) FROM delegations d WHERE d.goal_id = g.id AND d.deleted_at IS NULL) AS serving
     FROM goals g JOIN members m ON m.id = g.member_id
     WHERE g.status IN ('active', 'achieved') AND g.deleted_at IS NULL AND m.deleted_at IS NULL
       AND (@memberId IS NULL OR g.member_id = @memberId)
     ORDER BY g.status = 'achieved', g.created_at, g.id`
  ).all({ memberId: memberId ?? null }) as GoalRow[]
  const byMember = groupBy(rows, (row) => row.memberId)
  const counts = (goals: readonly GoalRow[]) => ({
    active: goals.filter((goal) => goal.status === 'active').length,
    achieved: goals.filter((goal) => goal.status === 'achieved').length,
    serving: goals.reduce((sum, goal) => sum + goal.serving, 0)
  })
  const people = members.map(({ memberId: id, name }) => {
    const goals = byMember.get(id) ?? []
    return {
      memberId: id,
      name,
      ...counts(goals),
      goals: goals.map(({ id: goalId, title, status, serving }) => ({ id: goalId, title, status, serving }))
    }
  })
  return { total: counts(people.flatMap((person) => byMember.get(person.memberId) ?? [])), byMember: people }
}
