import { describe, expect, it } from 'vitest'
import { eachTempJournal } from '../testing/tempJournal'
import { purgeTrash } from './purge'

const journal = eachTempJournal()

const NOW = new Date('2026-11-27T12:00:00.000Z')
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000).toISOString()
const T = '2026-01-01T00:00:00.000Z'

/** A member with one of everything that can belong to them. */
function memberWithEverything(id: string, deletedAt: string | null) {
  const db = journal.db
  db.prepare(`INSERT INTO members (id, name, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?)`).run(
    id,
    `Member ${id}`,
    T,
    T,
    deletedAt
  )
  db.prepare(
    `INSERT INTO delegations (id, member_id, title, authority_level, created_at, updated_at) VALUES (?, ?, 'Release', 3, ?, ?)`
  ).run(`${id}-d`, id, T, T)
  db.prepare(
    `INSERT INTO authority_changes (id, delegation_id, to_level, changed_on, created_at, updated_at) VALUES (?, ?, 3, '2026-01-01', ?, ?)`
  ).run(`${id}-a`, `${id}-d`, T, T)
  db.prepare(
    `INSERT INTO checkins (id, delegation_id, date, signal, leader_response, created_at, updated_at)
     VALUES (?, ?, '2026-01-02', 'on_track', 'held_back', ?, ?)`
  ).run(`${id}-c`, `${id}-d`, T, T)
  db.prepare(
    `INSERT INTO reflections (id, member_id, kind, date, title, created_at, updated_at) VALUES (?, ?, 'one_on_one', '2026-01-02', '1:1', ?, ?)`
  ).run(`${id}-r`, id, T, T)
  db.prepare(
    `INSERT OR IGNORE INTO tags (id, name, created_at, updated_at) VALUES ('tag', 'growth', ?, ?)`
  ).run(T, T)
  db.prepare(`INSERT INTO reflection_tags VALUES (?, 'tag')`).run(`${id}-r`)
  db.prepare(`INSERT INTO reflection_delegations VALUES (?, ?)`).run(`${id}-r`, `${id}-d`)
  db.prepare(
    `INSERT INTO action_items (id, member_id, reflection_id, owner, text, created_at, updated_at) VALUES (?, ?, ?, 'them', 'Draft it', ?, ?)`
  ).run(`${id}-i`, id, `${id}-r`, T, T)
}

const ids = (table: string) =>
  journal.db.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as string[]

describe('purging the trash', () => {
  it('removes a member deleted longer ago than the retention period, with everything that was theirs', () => {
    memberWithEverything('old', daysAgo(31))
    memberWithEverything('recent', daysAgo(29))
    memberWithEverything('kept', null)

    const removed = purgeTrash(journal.db, NOW, 30)

    expect(ids('members')).toEqual(['kept', 'recent'])
    for (const [table, suffix] of [
      ['delegations', 'd'],
      ['authority_changes', 'a'],
      ['checkins', 'c'],
      ['reflections', 'r'],
      ['action_items', 'i']
    ] as const) {
      expect(ids(table)).toEqual([`kept-${suffix}`, `recent-${suffix}`])
    }
    expect(journal.db.prepare('SELECT count(*) FROM reflection_tags').pluck().get()).toBe(2)
    expect(journal.db.prepare('SELECT count(*) FROM reflection_delegations').pluck().get()).toBe(2)
    expect(ids('tags')).toEqual(['tag']) // shared, never in the trash
    expect(removed).toEqual({
      members: 1,
      delegations: 1,
      authority_changes: 1,
      checkins: 1,
      reflections: 1,
      action_items: 1,
      reflection_tags: 1,
      reflection_delegations: 1
    })
    expect(journal.db.pragma('foreign_key_check')).toEqual([])
  })

  it('removes a trashed child on its own and leaves its living parent', () => {
    memberWithEverything('m', null)
    journal.db.prepare(`UPDATE checkins SET deleted_at = ?`).run(daysAgo(40))
    journal.db.prepare(`UPDATE delegations SET deleted_at = ?`).run(daysAgo(10))
    purgeTrash(journal.db, NOW, 30)
    expect(ids('checkins')).toEqual([])
    expect(ids('delegations')).toEqual(['m-d'])
    expect(ids('authority_changes')).toEqual(['m-a'])
  })

  it('follows the configured retention, and does nothing when the trash is young', () => {
    memberWithEverything('m', daysAgo(10))
    expect(purgeTrash(journal.db, NOW, 30)).toEqual({})
    expect(purgeTrash(journal.db, NOW, 7)).toMatchObject({ members: 1 })
  })

  it('covers every table that has a deleted_at column', () => {
    const withTrash = journal.db
      .prepare(
        `SELECT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c
         WHERE m.type = 'table' AND c.name = 'deleted_at' ORDER BY m.name`
      )
      .pluck()
      .all()
    expect(withTrash).toEqual([
      'action_items',
      'authority_changes',
      'checkins',
      'delegations',
      'members',
      'reflections'
    ])
    for (const table of withTrash as string[]) {
      journal.db.prepare(`UPDATE ${table} SET deleted_at = ?`).run(daysAgo(100))
    }
    memberWithEverything('gone', daysAgo(100))
    journal.db.prepare(`UPDATE checkins SET deleted_at = ?`).run(daysAgo(100))
    purgeTrash(journal.db, NOW, 30)
    for (const table of withTrash as string[]) expect(ids(table)).toEqual([])
  })
})
