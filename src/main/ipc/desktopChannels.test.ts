import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Theme } from '../../shared/domain/settings'
import { SETTINGS_FILE } from '../config/settings'
import { createMember } from '../journal/members'
import { JournalSession } from '../session/session'
import { tempDir } from '../testing/tempJournal'
import { createSessionDispatch } from './dispatch'
import { stubPlatform } from '../testing/stubPlatform'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

function setup() {
  const data = tempDir('leap-data-')
  const backups = tempDir('leap-backups-')
  const session = new JournalSession({ dataDir: data.dir, backupDir: backups.dir }).open()
  cleanups.push(() => session.close(), data.cleanup, backups.cleanup)
  const shown: string[] = []
  const themes: Theme[] = []
  const dispatch = createSessionDispatch(
    session,
    {
      app: { name: 'Leap', version: '0.1.0', dataDir: data.dir },
      platform: stubPlatform({
        showItemInFolder: (path) => void shown.push(path),
        setTheme: (theme) => void themes.push(theme)
      })
    },
    { log: () => {} }
  )
  const db = session.journal!.db
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  return { session, dispatch, shown, themes, dataDir: data.dir, backupDir: backups.dir, db, count }
}

describe('settings channels', () => {
  it('show the preferences, the data and backup folders, and no sample team at first', async () => {
    const { dispatch, dataDir, backupDir } = setup()
    expect(await dispatch('settings.get', {})).toEqual({
      ok: true,
      data: {
        preferences: expect.objectContaining({
          theme: 'system',
          defaultCadenceDays: 14,
          weekStartsOn: 'monday'
        }),
        dataDir,
        backupDir,
        problem: null,
        sampleTeam: false,
        spelling: { systemChooses: true, languages: [], missingDictionaries: [], dictionariesFolder: null }
      }
    })
  })

  it('save a change, keep the rest, and switch the theme at once', async () => {
    const { dispatch, dataDir, themes } = setup()
    await dispatch('settings.update', { trashRetentionDays: 60 })
    const answer = await dispatch('settings.update', { theme: 'dark', weekStartsOn: 'sunday' })
    expect(answer).toMatchObject({
      ok: true,
      data: { preferences: { theme: 'dark', weekStartsOn: 'sunday', trashRetentionDays: 60 } }
    })
    expect(themes).toEqual(['dark'])
    expect(JSON.parse(readFileSync(join(dataDir, SETTINGS_FILE), 'utf8'))).toMatchObject({
      theme: 'dark',
      trashRetentionDays: 60
    })
  })

  it('refuse invalid values with a message per field, and write nothing', async () => {
    const { dispatch, dataDir } = setup()
    await dispatch('settings.update', { theme: 'light' })
    const before = readFileSync(join(dataDir, SETTINGS_FILE), 'utf8')
    for (const input of [
      { theme: 'purple' },
      { defaultCadenceDays: 0 },
      { trashRetentionDays: 'forever' },
      { windowState: { bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: false } },
      { sampleMemberIds: [] },
      null
    ]) {
      expect(await dispatch('settings.update', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' }
      })
    }
    expect(await dispatch('settings.update', { defaultCadenceDays: 400 })).toMatchObject({
      error: {
        fields: { defaultCadenceDays: 'Use a whole number of days from 1 to 365 for the one-on-one cadence.' }
      }
    })
    expect(readFileSync(join(dataDir, SETTINGS_FILE), 'utf8')).toBe(before)
  })

  it('leave an unreadable settings file as it is and say so', async () => {
    const { dispatch, dataDir } = setup()
    writeFileSync(join(dataDir, SETTINGS_FILE), '{ broken')
    expect(await dispatch('settings.get', {})).toMatchObject({
      ok: true,
      data: { problem: expect.any(String) }
    })
    expect(await dispatch('settings.update', { theme: 'dark' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('will not overwrite') }
    })
    expect(readFileSync(join(dataDir, SETTINGS_FILE), 'utf8')).toBe('{ broken')
  })

  it('show the journal in the file manager', async () => {
    const { dispatch, shown, session } = setup()
    expect(await dispatch('settings.showDataFolder', {})).toEqual({ ok: true, data: {} })
    expect(shown).toEqual([session.journalPath])
    expect(await dispatch('settings.showDataFolder', { path: '/etc' })).toMatchObject({ ok: false })
    expect(shown).toHaveLength(1)
  })
})

describe('the sample team', () => {
  it('opens three clearly marked members with reflections, action items and a delegation', async () => {
    const { dispatch, db, count } = setup()
    expect(await dispatch('sample.create', {})).toEqual({ ok: true, data: { members: 3 } })
    expect(db.prepare(`SELECT DISTINCT team FROM members`).pluck().all()).toEqual(['Sample team'])
    expect(count('reflections')).toBe(2)
    expect(count('action_items')).toBe(2)
    expect(count('delegations')).toBe(1)
    expect(count('checkins')).toBe(1)
    expect(await dispatch('settings.get', {})).toMatchObject({
      data: { sampleTeam: true, preferences: { welcomeDismissed: true } }
    })
  })

  it('is opened only once', async () => {
    const { dispatch, count } = setup()
    await dispatch('sample.create', {})
    expect(await dispatch('sample.create', {})).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(count('members')).toBe(3)
    expect(await dispatch('sample.create', { members: 10 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
  })

  it('is removed in one go with everything recorded about it, leaving the person’s own team alone', async () => {
    const { dispatch, db, count } = setup()
    const mine = createMember(db, { name: 'Dev Patel' })
    await dispatch('sample.create', {})
    const sampleId = db.prepare(`SELECT id FROM members WHERE team = 'Sample team' LIMIT 1`).pluck().get()
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

    expect(await dispatch('sample.remove', {})).toEqual({ ok: true, data: { members: 3 } })
    expect(db.prepare(`SELECT name FROM members`).pluck().all()).toEqual(['Dev Patel'])
    expect(db.prepare(`SELECT title FROM reflections`).pluck().all()).toEqual(['Real notes'])
    for (const table of ['action_items', 'delegations', 'checkins', 'authority_changes'])
      expect(count(table)).toBe(0)
    expect(await dispatch('settings.get', {})).toMatchObject({ data: { sampleTeam: false } })
  })

  it('answers not found when there is no sample team to remove', async () => {
    const { dispatch } = setup()
    expect(await dispatch('sample.remove', {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await dispatch('sample.remove', { all: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
  })
})
