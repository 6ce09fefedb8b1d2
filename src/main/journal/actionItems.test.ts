import { beforeEach, describe, expect, it } from 'vitest'
import { dispatchFor, UNKNOWN_ID } from '../testing/dispatchFor'
import { eachTempJournal } from '../testing/tempJournal'

const journal = eachTempJournal()
let api: ReturnType<typeof dispatchFor>
let anaId: string

beforeEach(async () => {
  api = dispatchFor(journal)
  anaId = (await api.ok('members.create', { name: 'Ana' })).id
})

describe('action items', () => {
  it('carry forward: open items show for the person until done or dropped', async () => {
    const first = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: anaId,
      date: '2026-11-01'
    })
    const mine = await api.ok('actionItems.create', {
      memberId: anaId,
      reflectionId: first.reflection.id,
      owner: 'me',
      text: 'Intro her to the platform lead',
      dueDate: '2026-11-10'
    })
    const theirs = await api.ok('actionItems.create', {
      memberId: anaId,
      reflectionId: first.reflection.id,
      owner: 'them',
      text: 'Write the RFC'
    })
    expect(
      (await api.ok('oneOnOnes.prepare', { memberId: anaId })).openActionItems.map((item) => item.id)
    ).toEqual([mine.id, theirs.id])

    const done = await api.ok('actionItems.update', { id: mine.id, status: 'done' })
    expect(done.closedAt).not.toBeNull()
    await api.ok('actionItems.update', { id: theirs.id, status: 'dropped' })
    expect((await api.ok('oneOnOnes.prepare', { memberId: anaId })).openActionItems).toEqual([])

    const reopened = await api.ok('actionItems.update', { id: mine.id, status: 'open' })
    expect(reopened.closedAt).toBeNull()
  })

  it('lists all open items, overdue and soonest due first, undated last', async () => {
    const ben = (await api.ok('members.create', { name: 'Ben' })).id
    await api.ok('actionItems.create', { memberId: anaId, owner: 'me', text: 'undated' })
    await api.ok('actionItems.create', { memberId: ben, owner: 'them', text: 'later', dueDate: '2026-12-20' })
    await api.ok('actionItems.create', {
      memberId: anaId,
      owner: 'them',
      text: 'overdue',
      dueDate: '2026-11-01'
    })
    const open = await api.ok('actionItems.list', { status: 'open' })
    expect(open.map((item) => [item.text, item.memberName])).toEqual([
      ['overdue', 'Ana'],
      ['later', 'Ben'],
      ['undated', 'Ana']
    ])
  })

  it('refuses bad input and unknown people or reflections', async () => {
    for (const input of [
      { memberId: anaId, owner: 'boss', text: 'x' },
      { memberId: anaId, owner: 'me', text: '   ' },
      { memberId: anaId, owner: 'me', text: 'x', dueDate: 'tomorrow' }
    ]) {
      expect(await api.send('actionItems.create', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' }
      })
    }
    expect(
      await api.send('actionItems.create', { memberId: UNKNOWN_ID, owner: 'me', text: 'x' })
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    const ben = (await api.ok('members.create', { name: 'Ben' })).id
    const bens = await api.ok('reflections.create', { kind: 'one_on_one', memberId: ben, date: '2026-11-01' })
    expect(
      await api.send('actionItems.create', {
        memberId: anaId,
        reflectionId: bens.reflection.id,
        owner: 'me',
        text: 'x'
      })
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(journal.db.prepare('SELECT count(*) FROM action_items').pluck().get()).toBe(0)
    for (const channel of ['actionItems.delete', 'actionItems.restore'] as const) {
      expect(await api.send(channel, { id: UNKNOWN_ID })).toMatchObject({
        ok: false,
        error: { code: 'not_found' }
      })
    }
    expect(await api.send('actionItems.update', { id: UNKNOWN_ID, status: 'done' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })

  it('deletes to the trash and restores', async () => {
    const item = await api.ok('actionItems.create', {
      memberId: anaId,
      owner: 'me',
      text: 'Book the offsite'
    })
    await api.ok('actionItems.delete', { id: item.id })
    expect(await api.ok('trash.list', {})).toMatchObject([
      { kind: 'action_item', title: 'Book the offsite', context: 'Ana' }
    ])
    await api.ok('actionItems.restore', { id: item.id })
    expect(await api.ok('actionItems.list', {})).toHaveLength(1)
  })
})

describe('one-on-one preparation and the member timeline', () => {
  it('shows active delegations with their last check-in and the last reflection’s mood and stance', async () => {
    const stamp = new Date().toISOString()
    journal.db
      .prepare(
        `INSERT INTO delegations (id, member_id, title, authority_level, status, checkin_every_days, started_on, created_at, updated_at)
         VALUES ('11111111-1111-4111-8111-111111111111', ?, 'Own the release', 5, 'active', 7, '2026-10-01', ?, ?),
                ('22222222-2222-4222-8222-222222222222', ?, 'Old one', 3, 'done', NULL, NULL, ?, ?)`
      )
      .run(anaId, stamp, stamp, anaId, stamp, stamp)
    journal.db
      .prepare(
        `INSERT INTO checkins (id, delegation_id, date, signal, leader_response, created_at, updated_at)
         VALUES ('33333333-3333-4333-8333-333333333333', '11111111-1111-4111-8111-111111111111', '2026-11-20', 'at_risk', 'asked_questions', ?, ?),
                ('44444444-4444-4444-8444-444444444444', '11111111-1111-4111-8111-111111111111', '2026-11-01', 'on_track', 'held_back', ?, ?)`
      )
      .run(stamp, stamp, stamp, stamp)
    await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: anaId,
      date: '2026-11-10',
      mood: 2,
      stance: 3
    })
    await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: anaId,
      date: '2026-11-21',
      mood: 4,
      stance: 5,
      title: 'Latest'
    })

    const prep = await api.ok('oneOnOnes.prepare', { memberId: anaId })
    expect(prep.activeDelegations).toEqual([
      {
        id: '11111111-1111-4111-8111-111111111111',
        title: 'Own the release',
        authorityLevel: 5,
        checkinEveryDays: 7,
        startedOn: '2026-10-01',
        dueDate: null,
        lastCheckin: { date: '2026-11-20', signal: 'at_risk', leaderResponse: 'asked_questions' },
        enacted: { agreed: 5, acted: 6, basedOn: 2, gap: -1, flagged: false },
        // Weeks ago by now: no check-in within the last rhythm, so one is due.
        budget: expect.objectContaining({ rhythmDays: 7, recent: 0, over: false }),
        checkinDue: true,
        rescue: null,
        // The last check-in let go (asked questions): the 1:1 asks whether they worked it out.
        openQuestion: {
          checkinId: '33333333-3333-4333-8333-333333333333',
          date: '2026-11-20',
          leaderResponse: 'asked_questions'
        }
      }
    ])
    expect(prep.lastReflection).toMatchObject({ title: 'Latest', mood: 4, stance: 5, date: '2026-11-21' })
    expect(prep.member.lastOneOnOne).toBe('2026-11-21')

    const timeline = await api.ok('members.timeline', { memberId: anaId })
    expect(timeline.items.map((item) => [item.kind, item.date])).toEqual([
      ['reflection', '2026-11-21'],
      ['checkin', '2026-11-20'],
      ['reflection', '2026-11-10'],
      ['checkin', '2026-11-01']
    ])
  })

  it('pages the timeline without gaps or repeats', async () => {
    for (let day = 1; day <= 12; day += 1) {
      await api.ok('reflections.create', {
        kind: 'one_on_one',
        memberId: anaId,
        date: `2026-11-${String(day).padStart(2, '0')}`
      })
      await api.ok('actionItems.create', { memberId: anaId, owner: 'me', text: `item ${day}` })
    }
    const seen: string[] = []
    let before: { date: string; id: string } | undefined
    do {
      const page = await api.ok('members.timeline', {
        memberId: anaId,
        limit: 5,
        ...(before ? { before } : {})
      })
      seen.push(...page.items.map((item) => item.id))
      before = page.next ?? undefined
    } while (before)
    expect(seen).toHaveLength(24)
    expect(new Set(seen).size).toBe(24)
  })

  it('answers not_found for an unknown member', async () => {
    expect(await api.send('oneOnOnes.prepare', { memberId: UNKNOWN_ID })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    expect(await api.send('members.timeline', { memberId: UNKNOWN_ID })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })
  it('done ones come the latest first, a page at a time, without those in the trash or of people in it', async () => {
    const benId = (await api.ok('members.create', { name: 'Ben' })).id
    const done: string[] = []
    for (let i = 0; i < 7; i += 1) {
      const item = await api.ok('actionItems.create', {
        memberId: i < 5 ? anaId : benId,
        owner: 'me',
        text: `Item ${i}`
      })
      await api.ok('actionItems.update', { id: item.id, status: 'done' })
      // Closed on days apart, oldest first, as they would be over weeks.
      journal.db
        .prepare('UPDATE action_items SET closed_at = ? WHERE id = ?')
        .run(`2026-11-0${i + 1}T09:00:00.000Z`, item.id)
      done.push(item.id)
    }
    await api.ok('actionItems.create', { memberId: anaId, owner: 'me', text: 'Still open' })
    await api.ok('actionItems.delete', { id: done[3]! })
    await api.ok('members.delete', { id: benId })

    const first = await api.ok('actionItems.done', { limit: 2 })
    expect(first.items.map((item) => item.text)).toEqual(['Item 4', 'Item 2'])
    const second = await api.ok('actionItems.done', { limit: 2, before: first.next! })
    expect(second.items.map((item) => item.text)).toEqual(['Item 1', 'Item 0'])
    expect(second.next).toBeNull()
  })
  it('open ones come mine or theirs, overdue first, a page at a time', async () => {
    const create = (text: string, owner: 'me' | 'them', dueDate?: string) =>
      api.ok('actionItems.create', { memberId: anaId, owner, text, dueDate })
    await create('Later', 'me', '2026-12-20')
    await create('Undated', 'me')
    await create('Overdue', 'me', '2026-11-01')
    await create('Theirs', 'them', '2026-11-02')
    const done = await create('Done', 'me', '2026-10-01')
    await api.ok('actionItems.update', { id: done.id, status: 'done' })

    const first = await api.ok('actionItems.open', { owner: 'me', limit: 2 })
    expect(first.items.map((item) => item.text)).toEqual(['Overdue', 'Later'])
    const second = await api.ok('actionItems.open', { owner: 'me', limit: 2, offset: first.next! })
    expect(second).toMatchObject({ items: [{ text: 'Undated' }], next: null })
    expect((await api.ok('actionItems.open', { owner: 'them' })).items.map((item) => item.text)).toEqual([
      'Theirs'
    ])
  })
})
