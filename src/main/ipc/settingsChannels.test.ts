import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Theme } from '../../shared/domain/settings'
import { SETTINGS_FILE } from '../config/settings'
import { tempSession } from '../testing/tempJournal'

function setup() {
  const shown: string[] = []
  const themes: Theme[] = []
  const { session, dispatch, dataDir, backupDir } = tempSession({
    platform: {
      showItemInFolder: (path) => void shown.push(path),
      setTheme: (theme) => void themes.push(theme)
    }
  })
  return { session, dispatch, shown, themes, dataDir, backupDir }
}

describe('settings channels', () => {
  it('show the preferences, the data and backup folders', async () => {
    const { dispatch, dataDir, backupDir } = setup()
    expect(await dispatch('settings.get', {})).toEqual({
      ok: true,
      data: {
        preferences: expect.objectContaining({
          theme: 'system',
          defaultCadenceDays: 14,
          weekStartsOn: 'system'
        }),
        dataDir,
        backupDir,
        problem: null,
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
