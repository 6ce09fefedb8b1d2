import type { AuthorityStep, LadderEntry } from '../../shared/domain/delegations'
import type { DelegationStatus } from '../../shared/domain/delegationVocabulary'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { requireMember } from './members'
import { newId, now } from './rows'

/** One row of the ladder; the first of a delegation has no fromLevel: it is where the delegation started. */
export function recordAuthorityStep(
  db: Db,
  step: {
    delegationId: string
    fromLevel: number | null
    toLevel: number
    reason: string | null
    changedOn: string
  }
): void {
  const stamp = now()
  sql(
    db,
    `INSERT INTO authority_changes (id, delegation_id, from_level, to_level, reason, changed_on, created_at, updated_at)
     VALUES (@id, @delegationId, @fromLevel, @toLevel, @reason, @changedOn, @stamp, @stamp)`
  ).run({ ...step, id: newId(), stamp })
}

const stepColumns = `a.id, a.from_level AS fromLevel, a.to_level AS toLevel, a.reason, a.changed_on AS changedOn`
const stepOrder = `a.changed_on, a.created_at, a.rowid`

export function listAuthoritySteps(db: Db, delegationId: string): AuthorityStep[] {
  return sql(
    db,
    `SELECT ${stepColumns} FROM authority_changes a
     WHERE a.delegation_id = ? AND a.deleted_at IS NULL ORDER BY ${stepOrder}`
  ).all(delegationId) as AuthorityStep[]
}

export type LadderRow = AuthorityStep & { delegationId: string; title: string; status: DelegationStatus }

/**
 * Groups a person's authority steps into one rung per delegation, keeping the order the rows came in
 * (delegations by start, steps by day). Pure, so the ladder's shape is tested without a journal.
 */
export function buildLadder(rows: readonly LadderRow[]): LadderEntry[] {
  const entries = new Map<string, LadderEntry>()
  for (const { delegationId, title, status, ...step } of rows) {
    const entry = entries.get(delegationId)
    if (entry) {
      entry.steps.push(step)
      entry.currentLevel = step.toLevel
    } else {
      entries.set(delegationId, {
        delegationId,
        title,
        status,
        startLevel: step.toLevel,
        currentLevel: step.toLevel,
        steps: [step]
      })
    }
  }
  return [...entries.values()]
}

/** A person's authority ladder: each of their delegations' levels over time, oldest delegation first. */
export function memberLadder(db: Db, memberId: string): LadderEntry[] {
  requireMember(db, memberId)
  const rows = sql(
    db,
    `SELECT d.id AS delegationId, d.title, d.status, ${stepColumns}
     FROM delegations d JOIN authority_changes a ON a.delegation_id = d.id
     WHERE d.member_id = ? AND d.deleted_at IS NULL AND a.deleted_at IS NULL
     ORDER BY coalesce(d.started_on, substr(d.created_at, 1, 10)), d.created_at, d.id, ${stepOrder}`
  ).all(memberId) as LadderRow[]
  return buildLadder(rows)
}
