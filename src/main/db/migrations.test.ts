import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listMembers } from '../journal/members'
import { tempFolder } from '../testing/tempJournal'
import { LATEST_SCHEMA_VERSION, openJournal, type Db } from './open'

function copyOfV1Journal(): string {
  const path = join(tempFolder(), 'leap.sqlite')
  copyFileSync(join(import.meta.dirname, 'fixtures/journal-v1.sqlite'), path)
  return path
}

const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()

describe('migrations', () => {
  it('open a journal made by the first schema in today’s Leap with all its data', () => {
    const journal = openJournal(copyOfV1Journal())
    const { db } = journal
    expect(journal.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(
      Object.fromEntries(
        [
          'members',
          'delegations',
          'authority_changes',
          'checkins',
          'reflections',
          'tags',
          'reflection_tags',
          'reflection_delegations',
          'action_items'
        ].map((table) => [table, count(db, table)])
      )
    ).toEqual({
      members: 2,
      delegations: 1,
      authority_changes: 2,
      checkins: 1,
      reflections: 2,
      tags: 1,
      reflection_tags: 1,
      reflection_delegations: 1,
      action_items: 1
    })
    const [ana] = listMembers(db, {})
    expect(ana).toMatchObject({
      name: 'Ana Lima',
      email: 'ana@example.com',
      cadenceDays: 7,
      notes: 'Prefers written feedback',
      lastOneOnOne: '2026-11-20'
    })
    expect(db.prepare('SELECT body FROM reflections WHERE kind = ?').pluck().get('one_on_one')).toBe(
      '## Notes\n\nShe **owns** it now.'
    )
    expect(db.prepare('SELECT rescue_trigger FROM delegations').pluck().get()).toBe(
      'I step in only if a release is blocked for two days'
    )
    db.close()
  })

  it('produce exactly the schema in schema.snapshot.sql (update it only for an intended change)', async () => {
    const journal = openJournal(copyOfV1Journal())
    const schema = journal.db
      .prepare(`SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name`)
      .pluck()
      .all()
      .join(';\n\n')
    journal.db.close()
    await expect(`${schema};\n`).toMatchFileSnapshot('./schema.snapshot.sql')
  })
})
