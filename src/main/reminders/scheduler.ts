import { readSettings, updateSettings } from '../config/settings'
import type { Db } from '../db/open'
import { reminderDue, remindersFor, type ReminderNotice } from './decide'
import { todayView } from './today'

/** How often the clock is looked at: the reminder comes within a minute of the time chosen. */
export const CHECK_EVERY_MS = 60_000

export interface ReminderOptions {
  dataDir: string
  /** The open journal now (a restore may swap it); null while none is open. */
  db: () => Db | null
  notify: (notice: ReminderNotice) => void
  now?: () => Date
  monotonicMs?: () => number
}

/**
 * The daily reminder: each check reads the leader's choice from settings.json, asks reminderDue whether to
 * send, and sends what is due. The day is written down before anything is shown, so a failure while showing
 * never turns into a second reminder; a settings file that cannot be written means no reminder at all.
 */
export function createReminders({
  dataDir,
  db,
  notify,
  now = () => new Date(),
  monotonicMs = () => performance.now()
}: ReminderOptions) {
  let lastSentMonotonicMs: number | null = null

  function check(): ReminderNotice[] {
    const journal = db()
    if (!journal) return []
    const { settings, problem } = readSettings(dataDir)
    if (problem) return []
    const clock = { now: now(), monotonicMs: monotonicMs() }
    const due = reminderDue(settings.reminders, clock, {
      lastRemindedOn: settings.lastRemindedOn,
      lastSentMonotonicMs
    })
    if (!due.send) return []
    const notices = remindersFor(todayView(journal, { today: due.day }))
    updateSettings(dataDir, { lastRemindedOn: due.day })
    lastSentMonotonicMs = clock.monotonicMs
    for (const notice of notices) notify(notice)
    return notices
  }

  return {
    check,
    /** Checks now and then every CHECK_EVERY_MS until stopped; a failed check waits for the next one. */
    start(): () => void {
      const safely = () => {
        try {
          check()
        } catch (error) {
          console.error('Leap: the reminder check failed', error)
        }
      }
      safely()
      const timer = setInterval(safely, CHECK_EVERY_MS)
      timer.unref?.()
      return () => clearInterval(timer)
    }
  }
}
