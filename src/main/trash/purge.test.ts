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
  db.prepare(
    `INSERT INTO talking_points (id, member_id, owner, text, jotted_on, reflection_id, discussed_at, created_at, updated_at)
     VALUES (?, ?, 'me', 'Budget', '2026-01-01', ?, ?, ?, ?)`
  ).run(`${id}-t`, id, `${id}-r`, T, T, T)
  db.prepare(
    `INSERT INTO away_periods (id, member_id, starts_on, ends_on, created_at, updated_at) VALUES (?, ?, '2026-01-05', '2026-01-09', ?, ?)`
  ).run(`${id}-w`, id, T, T)
  db.prepare(
    `INSERT INTO one_on_one_skips (id, member_id, date, reason, created_at, updated_at) VALUES (?, ?, '2026-01-12', 'Offsite', ?, ?)`
  ).run(`${id}-s`, id, T, T)
}

const ids = (table: string) =>
  journal.db.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as string[]

const DAY = 24 * 60 * 60 * 1000
const at = (daysFromNow: number) => new Date(NOW.getTime() + daysFromNow * DAY)

/**
 * Leap started once a day from `from` days ago to today (0); `onDay(n)` runs before the start of day -n, as
 * what the user did that day. Returns what the last start removed.
 */
function dailyStarts(from: number, retentionDays: number, onDay: (daysAgo: number) => void = () => {}) {
  let removed: Record<string, number> = {}
  for (let daysAgo = from; daysAgo >= 0; daysAgo -= 1) {
    onDay(daysAgo)
    removed = purgeTrash(journal.db, at(-daysAgo), retentionDays)
  }
  return removed
}

describe('purging the trash', () => {
  it('removes a member deleted longer ago than the retention period, with everything that was theirs', () => {
    memberWithEverything('kept', null)
    const removed = dailyStarts(40, 30, (day) => {
      if (day === 31) memberWithEverything('old', daysAgo(31))
      if (day === 29) memberWithEverything('recent', daysAgo(29))
    })

    expect(ids('members')).toEqual(['kept', 'recent'])
    for (const [table, suffix] of [
      ['delegations', 'd'],
      ['authority_changes', 'a'],
      ['checkins', 'c'],
      ['reflections', 'r'],
      ['action_items', 'i'],
      ['talking_points', 't'],
      ['away_periods', 'w'],
      ['one_on_one_skips', 's']
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
      talking_points: 1,
      away_periods: 1,
      one_on_one_skips: 1,
      reflection_tags: 1,
      reflection_delegations: 1
    })
    expect(journal.db.pragma('foreign_key_check')).toEqual([])
  })

  it('removes a trashed child on its own and leaves its living parent', () => {
    memberWithEverything('m', null)
    dailyStarts(45, 30, (day) => {
      if (day === 40) journal.db.prepare(`UPDATE checkins SET deleted_at = ?`).run(daysAgo(40))
      if (day === 10) journal.db.prepare(`UPDATE delegations SET deleted_at = ?`).run(daysAgo(10))
    })
    expect(ids('checkins')).toEqual([])
    expect(ids('delegations')).toEqual(['m-d'])
    expect(ids('authority_changes')).toEqual(['m-a'])
  })

  it('follows the configured retention, and does nothing when the trash is young', () => {
    expect(dailyStarts(12, 30, (day) => day === 10 && memberWithEverything('m', daysAgo(10)))).toEqual({})
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
      'away_periods',
      'checkins',
      'delegations',
      'feedback',
      'goals',
      'members',
      'one_on_one_skips',
      'reflections',
      'talking_points'
    ])
    dailyStarts(35, 30, (day) => {
      if (day !== 33) return
      for (const table of withTrash as string[]) {
        journal.db.prepare(`UPDATE ${table} SET deleted_at = ?`).run(daysAgo(33))
      }
      memberWithEverything('gone', daysAgo(33))
      journal.db.prepare(`UPDATE checkins SET deleted_at = ?`).run(daysAgo(33))
    })
    for (const table of withTrash as string[]) expect(ids(table)).toEqual([])
  })
})

describe('purging the trash when the clock is wrong', () => {
  it('keeps what was trashed while the clock read 2001, and empties it 30 days later', () => {
    dailyStarts(5, 30)
    memberWithEverything('trashed in 2001', '2001-03-04T10:00:00.000Z')
    expect(purgeTrash(journal.db, at(1), 30)).toEqual({})
    expect(ids('members')).toEqual(['trashed in 2001'])
    for (let day = 2; day < 30; day += 1) purgeTrash(journal.db, at(day), 30)
    expect(ids('members')).toEqual(['trashed in 2001'])
    expect(purgeTrash(journal.db, at(31), 30)).toMatchObject({ members: 1 })
  })

  it('empties nothing early when the clock jumps a year ahead, or goes back', () => {
    dailyStarts(10, 30, (day) => day === 5 && memberWithEverything('trashed', daysAgo(5)))
    expect(purgeTrash(journal.db, at(365), 30)).toEqual({}) // counts as a week at most
    expect(purgeTrash(journal.db, new Date('2001-01-01T00:00:00.000Z'), 30)).toEqual({})
    expect(purgeTrash(journal.db, at(1), 30)).toEqual({})
    expect(ids('members')).toEqual(['trashed'])
  })

  it('starts over for a row restored and trashed again', () => {
    dailyStarts(25, 30, (day) => day === 25 && memberWithEverything('m', daysAgo(25)))
    journal.db.prepare(`UPDATE members SET deleted_at = ? WHERE id = 'm'`).run(NOW.toISOString())
    for (let day = 1; day <= 20; day += 1) purgeTrash(journal.db, at(day), 30)
    expect(ids('members')).toEqual(['m'])
  })
})
