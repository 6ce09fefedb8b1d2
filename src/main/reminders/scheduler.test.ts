import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSettings, SETTINGS_FILE, updateSettings } from '../config/settings'
import { createMember } from '../journal/members'
import { journalWriter } from '../testing/insightFixtures'
import { eachTempJournal, tempFolder } from '../testing/tempJournal'
import type { ReminderNotice } from './decide'
import { createReminders } from './scheduler'

const journal = eachTempJournal()

function reminders(clock: { wall: string; mono: number }) {
  const dataDir = tempFolder()
  const shown: ReminderNotice[] = []
  const scheduler = createReminders({
    dataDir,
    db: () => journal.db,
    notify: (notice) => void shown.push(notice),
    now: () => new Date(clock.wall),
    monotonicMs: () => clock.mono
  })
  return { dataDir, shown, scheduler }
}

describe('createReminders', () => {
  it('reminds once at the chosen time, remembers the day across a restart, and not at all when off', () => {
    const ana = createMember(journal.db, { name: 'Ana', cadenceDays: 7 }).id
    journalWriter(journal.db).reflect('2026-11-20', { memberId: ana })
    const clock = { wall: '2026-11-27T08:30', mono: 0 }
    const { dataDir, shown, scheduler } = reminders(clock)
    updateSettings(dataDir, { reminders: { enabled: true, time: '08:45' } })

    scheduler.check()
    expect(shown).toEqual([])
    clock.wall = '2026-11-27T08:45'
    scheduler.check()
    scheduler.check()
    expect(shown).toEqual([
      { title: 'One-on-one with Ana is due', body: 'Open Leap to prepare.', path: `/one-on-one/${ana}` }
    ])
    expect(readSettings(dataDir).settings.lastRemindedOn).toBe('2026-11-27')

    const restarted = createReminders({
      dataDir,
      db: () => journal.db,
      notify: (notice) => void shown.push(notice),
      now: () => new Date('2026-11-27T18:00'),
      monotonicMs: () => 0
    })
    restarted.check()
    expect(shown).toHaveLength(1)

    updateSettings(dataDir, { reminders: { enabled: false, time: '08:45' } })
    clock.wall = '2026-11-28T09:00'
    clock.mono = 24 * 60 * 60 * 1000
    scheduler.check()
    expect(shown).toHaveLength(1)
  })

  it('sends nothing while the settings file cannot be read, so it cannot remember having sent', () => {
    const ana = createMember(journal.db, { name: 'Ana', cadenceDays: 7 }).id
    journalWriter(journal.db).reflect('2026-11-01', { memberId: ana })
    const { dataDir, shown, scheduler } = reminders({ wall: '2026-11-27T10:00', mono: 0 })
    writeFileSync(join(dataDir, SETTINGS_FILE), '{ not json')
    scheduler.check()
    expect(shown).toEqual([])
  })
})
