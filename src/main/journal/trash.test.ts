import { describe, expect, it } from 'vitest'
import type { TrashKind } from '../../shared/domain/trash'
import type { Db } from '../db/open'
import { UNKNOWN_ID } from '../testing/dispatchFor'
import { eachTempJournal, expectLeapError } from '../testing/tempJournal'
import { createActionItem } from './actionItems'
import { createCheckin } from './checkins'
import { changeAuthorityLevel, createDelegation } from './delegations'
import { createMember } from './members'
import { createReflection } from './reflections'
import { listTrash, moveToTrash, restoreFromTrash } from './trash'

const journal = eachTempJournal()

interface Case {
  kind: TrashKind
  table: string
  /** Makes the row with two children of each kind that goes with it; returns their ids by table. */
  make: (db: Db) => { id: string; children: Record<string, [string, string]> }
}

const member = (db: Db) => createMember(db, { name: 'Ana Lima' })

const cases: Case[] = [
  { kind: 'member', table: 'members', make: (db) => ({ id: member(db).id, children: {} }) },
  {
    kind: 'reflection',
    table: 'reflections',
    make: (db) => {
      const memberId = member(db).id
      const { reflection } = createReflection(db, { kind: 'one_on_one', memberId, date: '2026-11-20' })
      const item = () =>
        createActionItem(db, { memberId, reflectionId: reflection.id, owner: 'me', text: 'Follow up' }).id
      return { id: reflection.id, children: { action_items: [item(), item()] } }
    }
  },
  {
    kind: 'delegation',
    table: 'delegations',
    make: (db) => {
      const memberId = member(db).id
      const delegation = createDelegation(db, {
        memberId,
        title: 'Own the release',
        authorityLevel: 3,
        status: 'active',
        startedOn: '2026-10-01'
      })
      const checkin = () =>
        createCheckin(db, {
          delegationId: delegation.id,
          date: '2026-10-05',
          signal: 'on_track',
          leaderResponse: 'held_back'
        }).id
      changeAuthorityLevel(db, {
        id: delegation.id,
        toLevel: 4,
        reason: 'Went well',
        changedOn: '2026-10-06'
      })
      const steps = db
        .prepare('SELECT id FROM authority_changes WHERE delegation_id = ? ORDER BY changed_on')
        .pluck()
        .all(delegation.id) as [string, string]
      return { id: delegation.id, children: { checkins: [checkin(), checkin()], authority_changes: steps } }
    }
  },
  {
    kind: 'action_item',
    table: 'action_items',
    make: (db) => ({
      id: createActionItem(db, { memberId: member(db).id, owner: 'them', text: 'Draft the plan' }).id,
      children: {}
    })
  }
]

const row = (db: Db, table: string, id: string) =>
  db
    .prepare(`SELECT deleted_at AS deletedAt, updated_at AS updatedAt FROM ${table} WHERE id = ?`)
    .get(id) as {
    deletedAt: string | null
    updatedAt: string
  }

/** Every row of every table, to prove a call changed nothing. */
const everything = (db: Db) =>
  ['members', 'reflections', 'action_items', 'delegations', 'checkins', 'authority_changes'].map((table) =>
    db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()
  )

describe.each(cases)('the trash, for a $kind', ({ kind, table, make }) => {
  it('takes the row and what belongs to it with one stamp, and brings back exactly those', () => {
    const { db } = journal
    const { id, children } = make(db)
    // One child of each kind was trashed on its own before: it stays in the trash throughout.
    const earlier = '2026-01-01T00:00:00.000Z'
    for (const [child, [, alone]] of Object.entries(children))
      db.prepare(`UPDATE ${child} SET deleted_at = ? WHERE id = ?`).run(earlier, alone)
    const versionBefore = row(db, table, id).updatedAt

    expect(moveToTrash(db, kind, id)).toEqual({ id })
    const stamp = row(db, table, id).deletedAt
    expect(stamp).not.toBeNull()
    // Only deleted_at changes: updated_at is the content's version, which an open editor builds on.
    expect(row(db, table, id).updatedAt).toBe(versionBefore)
    for (const [child, [together, alone]] of Object.entries(children)) {
      expect(row(db, child, together).deletedAt).toBe(stamp)
      expect(row(db, child, alone).deletedAt).toBe(earlier)
    }
    expect(listTrash(db).filter((item) => item.id === id)).toEqual([expect.objectContaining({ kind })])

    restoreFromTrash(db, kind, id)
    expect(row(db, table, id)).toEqual({ deletedAt: null, updatedAt: versionBefore })
    for (const [child, [together, alone]] of Object.entries(children)) {
      expect(row(db, child, together).deletedAt).toBeNull()
      expect(row(db, child, alone).deletedAt).toBe(earlier)
    }
    expect(listTrash(db).some((item) => item.id === id)).toBe(false)
  })

  it('changes nothing when asked twice, and answers not_found for an unknown id', () => {
    const { db } = journal
    const { id } = make(db)
    moveToTrash(db, kind, id)
    const trashed = everything(db)
    expect(moveToTrash(db, kind, id)).toEqual({ id })
    expect(everything(db)).toEqual(trashed)

    restoreFromTrash(db, kind, id)
    const restored = everything(db)
    restoreFromTrash(db, kind, id)
    expect(everything(db)).toEqual(restored)

    expectLeapError(() => moveToTrash(db, kind, UNKNOWN_ID), 'not_found')
    expectLeapError(() => restoreFromTrash(db, kind, UNKNOWN_ID), 'not_found')
    expect(everything(db)).toEqual(restored)
  })
})
