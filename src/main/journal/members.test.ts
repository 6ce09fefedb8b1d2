import { describe, expect, it } from 'vitest'
import { eachTempJournal, expectLeapError } from '../testing/tempJournal'
import { archiveMember, createMember, getMember, listMembers, updateMember } from './members'
import { moveToTrash, restoreFromTrash } from './trash'

const journal = eachTempJournal()

describe('members', () => {
  it('creates a member with defaults and lists them by name', () => {
    const zoe = createMember(journal.db, { name: 'Zoë Ørsted' })
    const ana = createMember(journal.db, { name: 'ana Lima', role: 'Engineer', cadenceDays: 7 })
    expect(zoe).toMatchObject({
      name: 'Zoë Ørsted',
      role: null,
      cadenceDays: 14,
      archivedAt: null,
      lastOneOnOne: null
    })
    expect(ana.cadenceDays).toBe(7)
    expect(zoe.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(listMembers(journal.db, {}).map((m) => m.name)).toEqual(['ana Lima', 'Zoë Ørsted'])
  })

  it('patches only the fields given and stamps updatedAt', async () => {
    const ana = createMember(journal.db, { name: 'Ana', role: 'Engineer', team: 'Payments' })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const updated = updateMember(journal.db, { id: ana.id, role: 'Senior engineer', team: null })
    expect(updated).toMatchObject({ name: 'Ana', role: 'Senior engineer', team: null })
    expect(updated.updatedAt > ana.updatedAt).toBe(true)
    expect(updated.createdAt).toBe(ana.createdAt)
  })

  it('hides archived members unless asked, and unarchives them', () => {
    const ana = createMember(journal.db, { name: 'Ana' })
    createMember(journal.db, { name: 'Ben' })
    expect(archiveMember(journal.db, { id: ana.id, archived: true }).archivedAt).not.toBeNull()
    expect(listMembers(journal.db, {}).map((m) => m.name)).toEqual(['Ben'])
    expect(listMembers(journal.db, { includeArchived: true }).map((m) => m.name)).toEqual(['Ana', 'Ben'])
    expect(archiveMember(journal.db, { id: ana.id, archived: false }).archivedAt).toBeNull()
  })

  it('moves a member to the trash and restores them with everything intact', () => {
    const ana = createMember(journal.db, { name: 'Ana', strengths: 'Calm under pressure' })
    moveToTrash(journal.db, 'member', ana.id)
    expect(listMembers(journal.db, { includeArchived: true })).toEqual([])
    expectLeapError(() => getMember(journal.db, ana.id), 'not_found')
    const row = journal.db.prepare('SELECT deleted_at FROM members WHERE id = ?').get(ana.id) as {
      deleted_at: string
    }
    expect(row.deleted_at).not.toBeNull()
    restoreFromTrash(journal.db, 'member', ana.id)
    expect(getMember(journal.db, ana.id)).toMatchObject({
      name: 'Ana',
      strengths: 'Calm under pressure'
    })
  })

  it('answers not_found for unknown ids', () => {
    const unknown = '00000000-0000-4000-8000-000000000000'
    expectLeapError(() => getMember(journal.db, unknown), 'not_found')
    expectLeapError(() => updateMember(journal.db, { id: unknown, name: 'X' }), 'not_found')
    expectLeapError(() => archiveMember(journal.db, { id: unknown, archived: true }), 'not_found')
    expectLeapError(() => moveToTrash(journal.db, 'member', unknown), 'not_found')
    expectLeapError(() => restoreFromTrash(journal.db, 'member', unknown), 'not_found')
  })

  it('shows the day of the latest one-on-one, ignoring general and trashed reflections', () => {
    const ana = createMember(journal.db, { name: 'Ana' })
    const insert = journal.db.prepare(
      `INSERT INTO reflections (id, member_id, kind, date, title, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, 't', 'x', 'x', ?)`
    )
    insert.run('r1', ana.id, 'one_on_one', '2026-11-01', null)
    insert.run('r2', ana.id, 'one_on_one', '2026-11-20', null)
    insert.run('r3', ana.id, 'general', '2026-11-25', null)
    insert.run('r4', ana.id, 'one_on_one', '2026-11-26', '2026-11-26T10:00:00.000Z')
    expect(getMember(journal.db, ana.id).lastOneOnOne).toBe('2026-11-20')
  })
})
