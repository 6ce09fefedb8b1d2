import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolder } from '../testing/tempJournal'
import { DEFAULT_SETTINGS, SETTINGS_FILE, readSettings, updateSettings, writeSettings } from './settings'

const folder = () => tempFolder()

describe('settings', () => {
  it('are the defaults when there is no file: 7 daily, 4 weekly, 12 monthly backups; trash kept 30 days', () => {
    expect(readSettings(folder())).toEqual({ settings: DEFAULT_SETTINGS, problem: null })
    expect(DEFAULT_SETTINGS).toEqual({
      theme: 'system',
      defaultCadenceDays: 14,
      weekStartsOn: 'system',
      exportDefaults: {
        layout: 'per_reflection',
        obsidianLinks: false,
        includeExportedAt: true,
        privateFiles: true,
        includePredictions: false
      },
      backupRetention: { daily: 7, weekly: 4, monthly: 12 },
      trashRetentionDays: 30,
      welcomeDismissed: false,
      spellcheck: { enabled: true, languages: [] },
      reminders: { enabled: true, time: '09:00' }
    })
  })

  it('read a file from an earlier Leap, dropping what no longer means anything and keeping the rest', () => {
    const dir = folder()
    const ids = ['11111111-1111-4111-8111-111111111111']
    writeFileSync(
      join(dir, SETTINGS_FILE),
      JSON.stringify({
        theme: 'dark',
        sampleMemberIds: ids,
        exportDefaults: { privateFiles: false, frontMatter: true }
      })
    )
    expect(readSettings(dir)).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        theme: 'dark',
        exportDefaults: { ...DEFAULT_SETTINGS.exportDefaults, privateFiles: false }
      },
      problem: null
    })
    updateSettings(dir, { trashRetentionDays: 45 })
    const written = readFileSync(join(dir, SETTINGS_FILE), 'utf8')
    expect(written).not.toMatch(/sampleMemberIds|frontMatter/)
  })

  it('keep what an older Leap wrote and fill in the rest', () => {
    const dir = folder()
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ trashRetentionDays: 60 }))
    expect(readSettings(dir).settings).toEqual({ ...DEFAULT_SETTINGS, trashRetentionDays: 60 })
  })

  it('are updated with a patch that keeps every other value', () => {
    const dir = folder()
    writeSettings(dir, { trashRetentionDays: 45, theme: 'dark' })
    updateSettings(dir, { weekStartsOn: 'sunday' })
    expect(readSettings(dir).settings).toMatchObject({
      trashRetentionDays: 45,
      theme: 'dark',
      weekStartsOn: 'sunday'
    })
  })

  it('refuse values a person could mistype, with a message that says what is allowed', () => {
    const dir = folder()
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ theme: 'purple' }, /System, Light or Dark/],
      [{ defaultCadenceDays: 0 }, /1 to 365/],
      [{ defaultCadenceDays: 1.5 }, /1 to 365/],
      [{ trashRetentionDays: 4000 }, /1 to 3650/],
      [{ backupRetention: { daily: 0, weekly: 4, monthly: 12 } }, /between 1 and 365 daily/],
      [{ weekStartsOn: 'friday' }, /Monday or Sunday/],
      [{ exportDefaults: { layout: 'per_day' } }, /one file per reflection or one file per person/],
      [{ windowState: { bounds: { x: 0, y: 0, width: 0, height: 10 }, maximized: false } }, /./]
    ]
    for (const [patch, message] of cases) expect(() => updateSettings(dir, patch as never)).toThrow(message)
    expect(readdirSync(dir)).toEqual([])
  })

  it('are never updated over a file Leap could not read', () => {
    const dir = folder()
    writeFileSync(join(dir, SETTINGS_FILE), '{ "theme": ')
    expect(() => updateSettings(dir, { theme: 'dark' })).toThrow(/will not overwrite/)
    expect(readFileSync(join(dir, SETTINGS_FILE), 'utf8')).toBe('{ "theme": ')
  })

  it('round-trip through an atomic write that leaves no temporary file and is private to the user', () => {
    const dir = folder()
    writeSettings(dir, { backupDir: '/mnt/usb/leap', trashRetentionDays: 60 })
    expect(readSettings(dir).settings).toEqual({
      ...DEFAULT_SETTINGS,
      backupDir: '/mnt/usb/leap',
      trashRetentionDays: 60
    })
    expect(readdirSync(dir)).toEqual([SETTINGS_FILE])
    if (process.platform !== 'win32') expect(statSync(join(dir, SETTINGS_FILE)).mode & 0o777).toBe(0o600)
  })

  it('refuse to write invalid values, leaving the file as it was', () => {
    const dir = folder()
    writeSettings(dir, { trashRetentionDays: 45 })
    const before = readFileSync(join(dir, SETTINGS_FILE), 'utf8')
    expect(() => writeSettings(dir, { trashRetentionDays: 0 })).toThrow()
    expect(() => writeSettings(dir, { trashRetentionDays: 30, unknown: true } as never)).toThrow()
    expect(readFileSync(join(dir, SETTINGS_FILE), 'utf8')).toBe(before)
  })

  it('fall back to the defaults, and say why, when the file is broken or invalid', () => {
    const dir = folder()
    writeFileSync(join(dir, SETTINGS_FILE), '{ not json')
    expect(readSettings(dir)).toMatchObject({
      settings: DEFAULT_SETTINGS,
      problem: expect.stringContaining(SETTINGS_FILE)
    })
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ trashRetentionDays: -1 }))
    expect(readSettings(dir)).toMatchObject({ settings: DEFAULT_SETTINGS, problem: expect.any(String) })
  })
})
