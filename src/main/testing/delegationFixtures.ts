import type { Db } from '../db/open'
import { createDelegation } from '../journal/delegations'
import { createMember } from '../journal/members'

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000'

/** A person with one active delegation started on 2026-10-01 at level 3, for tests that need one. */
export function seedDelegation(db: Db, overrides: Partial<Parameters<typeof createDelegation>[1]> = {}) {
  const member = createMember(db, { name: 'Ana Lima' })
  const delegation = createDelegation(db, {
    memberId: member.id,
    title: 'Run the release process',
    authorityLevel: 3,
    status: 'active',
    startedOn: '2026-10-01',
    checkinEveryDays: 7,
    ...overrides
  })
  return { member, delegation }
}

export const tableCount = (db: Db, table: string, where = 'deleted_at IS NULL'): number =>
  db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number
