import { describe, expect, it } from 'vitest'
import type { TodayView } from '../../shared/domain/reminders'
import { CLOCK_CORRECTION_DAYS, MIN_GAP_MS, reminderDue, remindersFor } from './decide'

const on = { enabled: true, time: '09:00' }
const at = (local: string, monotonicMs = 0) => ({ now: new Date(local), monotonicMs })
const fresh = { lastRemindedOn: undefined, lastSentMonotonicMs: null }

describe('reminderDue', () => {
  it('sends from the chosen time of day, not before', () => {
    expect(reminderDue(on, at('2026-11-27T08:59'), fresh)).toEqual({ send: false })
    expect(reminderDue(on, at('2026-11-27T09:00'), fresh)).toEqual({ send: true, day: '2026-11-27' })
    expect(reminderDue(on, at('2026-11-27T17:30'), fresh)).toEqual({ send: true, day: '2026-11-27' })
  })

  it('sends nothing when reminders are off in Settings', () => {
    expect(reminderDue({ enabled: false, time: '09:00' }, at('2026-11-27T10:00'), fresh)).toEqual({
      send: false
    })
  })

  it('sends once a day: not again the same day, again the next day', () => {
    const sent = { lastRemindedOn: '2026-11-27', lastSentMonotonicMs: null }
    expect(reminderDue(on, at('2026-11-27T23:59'), sent)).toEqual({ send: false })
    expect(reminderDue(on, at('2026-11-28T09:00'), sent)).toEqual({ send: true, day: '2026-11-28' })
  })

  it('does not send again when the clock is set back a day after a reminder', () => {
    const sent = { lastRemindedOn: '2026-11-27', lastSentMonotonicMs: null }
    expect(reminderDue(on, at('2026-11-26T10:00'), sent)).toEqual({ send: false })
  })

  it('a day stored by a clock far ahead, then corrected, does not hold reminders back for ever', () => {
    const ahead = `2026-11-${27 + CLOCK_CORRECTION_DAYS + 1}`
    const sent = { lastRemindedOn: ahead, lastSentMonotonicMs: null }
    expect(reminderDue(on, at('2026-11-27T10:00'), sent)).toEqual({ send: true, day: '2026-11-27' })
  })

  it('within one run, a clock that jumps about sends no second reminder before MIN_GAP_MS', () => {
    const sentNow = { lastRemindedOn: '2026-11-27', lastSentMonotonicMs: 1000 }
    expect(reminderDue(on, at('2030-01-01T10:00', 1000 + MIN_GAP_MS - 1), sentNow)).toEqual({ send: false })
    expect(reminderDue(on, at('2001-01-01T10:00', 1000 + 60_000), sentNow)).toEqual({ send: false })
    expect(reminderDue(on, at('2026-11-28T10:00', 1000 + MIN_GAP_MS), sentNow)).toEqual({
      send: true,
      day: '2026-11-28'
    })
  })

  it('a clock jumping every minute for a week of checks sends at most one reminder per 12 hours', () => {
    let memory: { lastRemindedOn: string | undefined; lastSentMonotonicMs: number | null } = fresh
    let sent = 0
    const week = 7 * 24 * 60
    for (let minute = 0; minute < week; minute += 1) {
      // Wall clock jumping between three years; the monotonic clock steady.
      const year = [2001, 2026, 2030][minute % 3]
      const due = reminderDue(on, at(`${year}-06-0${1 + (minute % 7)}T10:00`, minute * 60_000), memory)
      if (due.send) {
        sent += 1
        memory = { lastRemindedOn: due.day, lastSentMonotonicMs: minute * 60_000 }
      }
    }
    expect(sent).toBeLessThanOrEqual(14)
  })
})

const ana = '00000000-0000-4000-8000-00000000000a'
const ben = '00000000-0000-4000-8000-00000000000b'
const release = '00000000-0000-4000-8000-0000000000d1'
const view = (parts: Partial<TodayView>): TodayView => ({
  today: '2026-11-27',
  oneOnOnes: [],
  checkinsDue: [],
  actionItems: [],
  actionItemsDue: parts.actionItems?.length ?? 0,
  ...parts
})
const due = (memberId: string, name: string) => ({
  memberId,
  name,
  dueOn: '2026-11-27',
  lastOneOnOne: '2026-11-13',
  openActionItems: 2,
  checkinsDue: []
})

describe('remindersFor', () => {
  it('says nothing when nothing is due', () => {
    expect(remindersFor(view({}))).toEqual([])
  })

  it('one person due opens their one-on-one; several open the Team screen’s Today', () => {
    expect(remindersFor(view({ oneOnOnes: [due(ana, 'Ana')] }))).toEqual([
      { title: 'One-on-one with Ana is due', body: '2 open action items', path: `/one-on-one/${ana}` }
    ])
    expect(remindersFor(view({ oneOnOnes: [due(ana, 'Ana'), due(ben, 'Ben')] }))).toEqual([
      { title: '2 one-on-ones are due', body: 'With Ana and Ben.', path: '/team?show=today' }
    ])
  })

  it('a check-in opens its delegation, my action items open Action items: at most one notice per kind', () => {
    const checkin = { delegationId: release, memberId: ana, memberName: 'Ana', title: 'Release train' }
    const item = (text: string) => ({
      id: release,
      memberId: ana,
      memberName: 'Ana',
      text,
      dueDate: '2026-11-26'
    })
    const notices = remindersFor(
      view({
        oneOnOnes: [due(ana, 'Ana')],
        checkinsDue: [checkin],
        actionItems: [item('Send the budget'), item('Book the room'), item('Read the RFC')]
      })
    )
    expect(notices.map((notice) => notice.path)).toEqual([
      `/one-on-one/${ana}`,
      `/delegations/${release}`,
      '/actions'
    ])
    expect(notices[1]).toMatchObject({ title: 'Check-in due: Release train', body: 'With Ana.' })
    expect(notices[2]).toMatchObject({
      title: '3 action items of yours are due',
      body: 'Send the budget · Book the room · Read the RFC'
    })
  })

  it('years of unticked action items make one short notice that says how many more', () => {
    const item = (text: string) => ({
      id: release,
      memberId: null,
      memberName: null,
      text,
      dueDate: '2026-11-26'
    })
    const [notice] = remindersFor(
      view({
        actionItems: ['One', 'Two', 'Three', 'Four', 'Five'].map(item),
        actionItemsDue: 1270
      })
    )
    expect(notice).toEqual({
      title: '1,270 action items of yours are due',
      body: 'One · Two · Three · and 1,267 more',
      path: '/actions'
    })
  })
})
