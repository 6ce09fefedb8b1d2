import { describe, expect, it } from 'vitest'
import { createActionItem, updateActionItem } from '../journal/actionItems'
import { markAway, skipOneOnOne } from '../journal/leave'
import { archiveMember, createMember } from '../journal/members'
import { moveToTrash } from '../journal/trash'
import { journalWriter, TODAY } from '../testing/insightFixtures'
import { eachTempJournal } from '../testing/tempJournal'
import { todayView } from './today'

const journal = eachTempJournal()

const addedOn = (memberId: string, day: string) =>
  journal.db.prepare('UPDATE members SET created_at = ? WHERE id = ?').run(`${day}T08:00:00.000Z`, memberId)

describe('todayView', () => {
  it('lists whose one-on-one is due by their cadence, with what to prepare', () => {
    const write = journalWriter(journal.db)
    const ana = createMember(journal.db, { name: 'Ana', cadenceDays: 14 }).id
    const ben = createMember(journal.db, { name: 'Ben', cadenceDays: 14 }).id
    const cara = createMember(journal.db, { name: 'Cara', cadenceDays: 7 }).id
    const dan = createMember(journal.db, { name: 'Dan', cadenceDays: 7 }).id
    const eve = createMember(journal.db, { name: 'Eve', cadenceDays: 7 }).id
    write.reflect('2026-11-13', { memberId: ana }) // due today exactly
    write.reflect('2026-11-14', { memberId: ben }) // due tomorrow
    write.reflect('2026-11-01', { memberId: cara }) // overdue: still due
    write.reflect('2026-11-28', { memberId: ben }) // dated ahead: not yet held
    addedOn(dan, '2026-11-10') // never met, added 17 days ago
    write.reflect('2026-11-01', { memberId: eve })
    archiveMember(journal.db, { id: eve, archived: true })
    createActionItem(journal.db, { memberId: ana, owner: 'them', text: 'Draft the plan' })
    const release = write.delegate(ana, 3, '2026-11-01', 'Release train')

    const view = todayView(journal.db, { today: TODAY })
    // Most overdue first.
    expect(view.oneOnOnes.map(({ name, dueOn }) => [name, dueOn])).toEqual([
      ['Cara', '2026-11-08'],
      ['Dan', '2026-11-17'],
      ['Ana', '2026-11-27']
    ])
    expect(view.oneOnOnes[2]).toMatchObject({
      lastOneOnOne: '2026-11-13',
      openActionItems: 1,
      checkinsDue: [{ delegationId: release, memberId: ana, memberName: 'Ana', title: 'Release train' }]
    })
  })

  it('lists check-ins due by the rhythm agreed, and only my open action items due today or before', () => {
    const write = journalWriter(journal.db)
    const ana = createMember(journal.db, { name: 'Ana' }).id
    const due = write.delegate(ana, 3, '2026-11-01', 'Due') // Consult: every 7 days
    const recent = write.delegate(ana, 3, '2026-11-01', 'Checked in lately')
    write.checkin(recent, '2026-11-25', 'asked_questions')
    write.delegate(ana, 7, '2026-11-01', 'Delegated') // no rhythm, no due date
    const item = (text: string, owner: 'me' | 'them', dueDate: string | null) =>
      createActionItem(journal.db, { memberId: ana, owner, text, dueDate }).id
    item('Mine, overdue', 'me', '2026-11-20')
    item('Mine, today', 'me', TODAY)
    item('Mine, tomorrow', 'me', '2026-11-28')
    item('Mine, no date', 'me', null)
    item('Theirs, today', 'them', TODAY)
    updateActionItem(journal.db, { id: item('Mine, done', 'me', TODAY), status: 'done' })

    const view = todayView(journal.db, { today: TODAY })
    expect(view.checkinsDue.map((checkin) => checkin.delegationId)).toEqual([due])
    expect(view.actionItems.map(({ text, memberName }) => [text, memberName])).toEqual([
      ['Mine, today', 'Ana'],
      ['Mine, overdue', 'Ana']
    ])
    expect(view.actionItemsDue).toBe(2)
  })

  it('lists only the latest of many action items due, and counts them all', () => {
    const ana = createMember(journal.db, { name: 'Ana' }).id
    for (let day = 1; day <= 20; day += 1) {
      const dueDate = `2026-11-${String(day).padStart(2, '0')}`
      createActionItem(journal.db, { memberId: ana, owner: 'me', text: `Due ${dueDate}`, dueDate })
    }
    const view = todayView(journal.db, { today: TODAY })
    expect(view.actionItemsDue).toBe(20)
    expect(view.actionItems.map(({ dueDate }) => dueDate)).toEqual([
      '2026-11-20',
      '2026-11-19',
      '2026-11-18',
      '2026-11-17',
      '2026-11-16'
    ])
  })

  it('leaves out my items in the trash or of people in the trash, and keeps those of no one', () => {
    const ana = createMember(journal.db, { name: 'Ana' }).id
    const ben = createMember(journal.db, { name: 'Ben' }).id
    const item = (memberId: string, text: string) =>
      createActionItem(journal.db, { memberId, owner: 'me', text, dueDate: TODAY }).id
    item(ana, 'Ana, due')
    item(ben, 'Ben, due')
    moveToTrash(journal.db, 'action_item', item(ana, 'In the trash'))
    // An item of a general reflection belongs to no one.
    const nobody = item(ana, 'No one, due')
    journal.db.prepare('UPDATE action_items SET member_id = NULL WHERE id = ?').run(nobody)
    moveToTrash(journal.db, 'member', ben)

    const view = todayView(journal.db, { today: TODAY })
    expect(view.actionItems.map(({ text }) => text).sort()).toEqual(['Ana, due', 'No one, due'])
    expect(view.actionItemsDue).toBe(2)
  })

  it('does not remind of someone away, and counts a skipped one-on-one as settled', () => {
    const write = journalWriter(journal.db)
    const ana = createMember(journal.db, { name: 'Ana', cadenceDays: 7 }).id
    const ben = createMember(journal.db, { name: 'Ben', cadenceDays: 7 }).id
    write.reflect('2026-11-01', { memberId: ana })
    write.reflect('2026-11-01', { memberId: ben })
    markAway(journal.db, { memberId: ana, startsOn: '2026-11-20', endsOn: '2026-12-05' })
    skipOneOnOne(journal.db, { memberId: ben, date: '2026-11-24', reason: 'Offsite' })
    expect(todayView(journal.db, { today: TODAY }).oneOnOnes).toEqual([])
  })
})
