import type { DelegationOutcomes, OutcomeScope } from '../../shared/domain/insights'
import { AUTHORITY_LEVELS } from '../../shared/domain/delegationVocabulary'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { scopedMembers } from './scope'
import { groupBy } from './sums'

interface OutcomeRow {
  memberId: string
  level: number
  done: number
  handedBack: number
  cancelled: number
}
const none = { done: 0, handedBack: 0, cancelled: 0 }

const sum = (rows: readonly OutcomeRow[]) =>
  rows.reduce(
    (total, row) => ({
      done: total.done + row.done,
      handedBack: total.handedBack + row.handedBack,
      cancelled: total.cancelled + row.cancelled
    }),
    none
  )

/**
 * Delegation outcomes: closed delegations (done, handed back, cancelled) by the authority level they ended
 * at and by person. Open ones and the trash do not count.
 */
export function delegationOutcomes(db: Db, { memberId }: OutcomeScope): DelegationOutcomes {
  const members = scopedMembers(db, memberId)
  const rows = sql(
    db,
    `SELECT d.member_id AS memberId, d.authority_level AS level, coalesce(sum(d.status = 'done'), 0) AS done,
       coalesce(sum(d.status = 'handed_back'), 0) AS handedBack, coalesce(sum(d.status = 'cancelled'), 0) AS cancelled
     FROM delegations d JOIN members m ON m.id = d.member_id
     WHERE d.status IN ('done', 'handed_back', 'cancelled') AND d.deleted_at IS NULL AND m.deleted_at IS NULL
       AND (@memberId IS NULL OR d.member_id = @memberId)
     GROUP BY d.member_id, d.authority_level`
  ).all({ memberId: memberId ?? null }) as OutcomeRow[]
  const [byLevel, byMember] = [groupBy(rows, (row) => row.level), groupBy(rows, (row) => row.memberId)]
  return {
    total: sum(rows),
    byLevel: AUTHORITY_LEVELS.map(({ level }) => ({
      level,
      ...sum(byLevel.get(level) ?? [])
    })),
    byMember: members.map(({ memberId: id, name }) => ({
      memberId: id,
      name,
      ...sum(byMember.get(id) ?? [])
    }))
  }
}
