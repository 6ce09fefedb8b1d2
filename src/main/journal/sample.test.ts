import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SETTINGS_FILE } from '../config/settings'
import { journalPathIn } from '../config/paths'
import { closeJournal, openJournal } from '../db/open'
import { migrations } from '../db/migrations'
import { damage } from '../testing/damagedJournals'
import { tempFolder, tempSession } from '../testing/tempJournal'
import { createMember } from './members'

const count = (db: import('../db/open').Db, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number

describe('the sample team', () => {
  it('opens three members marked as sample in the journal, with reflections, action items and a delegation', async () => {
    const { session, dispatch, dataDir } = tempSession()
    const db = session.journal!.db
    expect(await dispatch('sample.status', {})).toEqual({ ok: true, data: { present: false } })
    expect(await dispatch('sample.create', {})).toEqual({ ok: true, data: { members: 3 } })
    expect(db.prepare(`SELECT DISTINCT team, sample FROM members`).all()).toEqual([
      { team: 'Sample team', sample: 1 }
    ])
    expect(count(db, 'reflections')).toBe(2)
    expect(count(db, 'action_items')).toBe(2)
    expect(count(db, 'delegations')).toBe(1)
    expect(count(db, 'checkins')).toBe(1)
    expect(await dispatch('sample.status', {})).toEqual({ ok: true, data: { present: true } })
    // Nothing about the journal is kept beside it.
    expect(existsSync(join(dataDir, SETTINGS_FILE))).toBe(false)
  })

  it('is opened only once at a time', async () => {
    const { session, dispatch } = tempSession()
    await dispatch('sample.create', {})
    expect(await dispatch('sample.create', {})).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(count(session.journal!.db, 'members')).toBe(3)
    expect(await dispatch('sample.create', { members: 10 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
  })

  it('is removed in one go with everything recorded about it, and can be opened again', async () => {
    const { session, dispatch } = tempSession()
    const db = session.journal!.db
    const mine = createMember(db, { name: 'Dev Patel', team: 'Sample team' })
    await dispatch('sample.create', {})
    const sampleId = db.prepare(`SELECT id FROM members WHERE sample = 1 LIMIT 1`).pluck().get()
    await dispatch('reflections.create', {
      kind: 'one_on_one',
      memberId: sampleId,
      date: '2026-11-20',
      title: 'Trying it out'
    })
    await dispatch('reflections.create', {
      kind: 'one_on_one',
      memberId: mine.id,
      date: '2026-11-20',
      title: 'Real notes'
    })
    // A sample member in the trash is still the sample team's.
    await dispatch('members.delete', { id: sampleId })

    expect(await dispatch('sample.remove', {})).toEqual({ ok: true, data: { members: 3 } })
    expect(db.prepare(`SELECT name FROM members`).pluck().all()).toEqual(['Dev Patel'])
    expect(db.prepare(`SELECT title FROM reflections`).pluck().all()).toEqual(['Real notes'])
    for (const table of ['action_items', 'delegations', 'checkins', 'authority_changes'])
      expect(count(db, table)).toBe(0)
    expect(await dispatch('sample.status', {})).toEqual({ ok: true, data: { present: false } })
    expect(await dispatch('sample.remove', {})).toMatchObject({ ok: false, error: { code: 'not_found' } })

    expect(await dispatch('sample.create', {})).toEqual({ ok: true, data: { members: 3 } })
  })

  it('comes back marked with a backup taken while it was open, and goes with a backup taken before', async () => {
    const { session, dispatch } = tempSession()
    const before = await session.backup('manual')
    await dispatch('sample.create', {})
    const during = await session.backup('manual')
    await dispatch('sample.remove', {})

    expect(await dispatch('backups.restore', { name: during.name })).toMatchObject({ ok: true })
    expect(await dispatch('sample.status', {})).toEqual({ ok: true, data: { present: true } })
    expect(await dispatch('sample.remove', {})).toEqual({ ok: true, data: { members: 3 } })

    await dispatch('sample.create', {})
    expect(await dispatch('backups.restore', { name: before.name })).toMatchObject({ ok: true })
    expect(await dispatch('sample.status', {})).toEqual({ ok: true, data: { present: false } })
    expect(await dispatch('sample.remove', {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('is gone after starting fresh from a damaged journal that held it', async () => {
    const first = tempSession()
    await first.dispatch('sample.create', {})
    first.session.close()
    damage.clobberedHeader(first.session.journalPath)

    const { session, dispatch } = tempSession({ dataDir: first.dataDir, backupDir: first.backupDir })
    expect(session.problem?.kind).toBe('damaged')
    await session.startFresh()
    expect(await dispatch('sample.status', {})).toEqual({ ok: true, data: { present: false } })
    expect(await dispatch('sample.remove', {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('is marked when a journal written before the mark existed is opened', () => {
    const path = journalPathIn(tempFolder())
    const old = openJournal(path, { migrations: migrations.slice(0, 3) })
    const insert = old.db.prepare(
      `INSERT INTO members (id, name, team, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')`
    )
    insert.run('a', 'Ana Lima (sample)', 'Sample team')
    insert.run('b', 'Ben Okafor (sample)', 'Sample team')
    insert.run('c', 'Ana Lima (sample)', 'Payments')
    insert.run('d', 'Ana Lima', 'Sample team')
    closeJournal(old)

    const journal = openJournal(path)
    expect(journal.db.prepare(`SELECT id FROM members WHERE sample = 1 ORDER BY id`).pluck().all()).toEqual([
      'a',
      'b'
    ])
    closeJournal(journal)
  })
})
