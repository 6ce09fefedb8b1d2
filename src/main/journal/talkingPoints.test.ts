import { describe, expect, it } from 'vitest'
import { carriedFrom } from '../../shared/domain/oneOnOnes'
import { dispatchFor } from '../testing/dispatchFor'
import { eachTempJournal } from '../testing/tempJournal'
import { search } from '../search/search'
import { createTalkingPoint } from './talkingPoints'

const journal = eachTempJournal()

async function setUp() {
  const api = dispatchFor(journal)
  const ana = await api.ok('members.create', { name: 'Ana' })
  const oneOnOne = async (date: string) =>
    (await api.ok('reflections.create', { kind: 'one_on_one', memberId: ana.id, date })).reflection
  return { api, ana, oneOnOne }
}

describe('talking points', () => {
  it('come first in the preparation, and carry forward until ticked as discussed', async () => {
    const { api, ana, oneOnOne } = await setUp()
    const mine = await api.ok('talkingPoints.create', {
      memberId: ana.id,
      owner: 'me',
      text: 'Conference talk'
    })
    const theirs = await api.ok('talkingPoints.create', {
      memberId: ana.id,
      owner: 'them',
      text: 'Promotion'
    })
    const monday = await oneOnOne('2026-11-16')
    const prepared = await api.ok('oneOnOnes.prepare', { memberId: ana.id, excludeReflectionId: monday.id })
    expect(prepared.talkingPoints.map((p) => p.text)).toEqual(['Conference talk', 'Promotion'])

    // Ticked in Monday's one-on-one: still in view there, ticked; gone from the next one.
    await api.ok('talkingPoints.discuss', { id: mine.id, reflectionId: monday.id })
    const same = await api.ok('oneOnOnes.prepare', { memberId: ana.id, excludeReflectionId: monday.id })
    expect(same.talkingPoints.map((p) => [p.text, p.reflectionId])).toEqual([
      ['Promotion', null],
      ['Conference talk', monday.id]
    ])
    const thursday = await oneOnOne('2026-11-19')
    const next = await api.ok('oneOnOnes.prepare', { memberId: ana.id, excludeReflectionId: thursday.id })
    expect(next.talkingPoints.map((p) => p.id)).toEqual([theirs.id])

    // Monday's reflection in the trash: what was discussed in it is open again, and closed once restored.
    await api.ok('reflections.delete', { id: monday.id })
    const reopened = await api.ok('talkingPoints.list', { memberId: ana.id })
    expect(reopened.map((p) => [p.text, p.reflectionId])).toEqual([
      ['Conference talk', null],
      ['Promotion', null]
    ])
    await api.ok('reflections.restore', { id: monday.id })
    expect((await api.ok('talkingPoints.list', { memberId: ana.id })).map((p) => p.id)).toEqual([theirs.id])

    // Opened again with null.
    await api.ok('talkingPoints.discuss', { id: mine.id, reflectionId: null })
    expect((await api.ok('talkingPoints.list', { memberId: ana.id })).map((p) => p.id)).toEqual([
      mine.id,
      theirs.id
    ])
  })

  it('are discussed only in a one-on-one with their person', async () => {
    const { api, ana } = await setUp()
    const ben = await api.ok('members.create', { name: 'Ben' })
    const point = await api.ok('talkingPoints.create', { memberId: ana.id, owner: 'me', text: 'Budget' })
    const withBen = (
      await api.ok('reflections.create', { kind: 'one_on_one', memberId: ben.id, date: '2026-11-20' })
    ).reflection
    const answer = await api.send('talkingPoints.discuss', { id: point.id, reflectionId: withBen.id })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect((await api.ok('talkingPoints.list', { memberId: ana.id }))[0]!.reflectionId).toBeNull()
  })

  it('go to the trash and come back, are found by search and shown in the timeline', async () => {
    const { api, ana } = await setUp()
    const point = await api.ok('talkingPoints.create', {
      memberId: ana.id,
      owner: 'them',
      text: 'Café budget'
    })
    expect(search(journal.db, { text: 'cafe' }).groups.map((g) => [g.kind, g.hits[0]!.id])).toEqual([
      ['talking_point', point.id]
    ])
    const timeline = await api.ok('members.timeline', { memberId: ana.id })
    expect(timeline.items).toContainEqual(
      expect.objectContaining({
        kind: 'talking_point',
        id: point.id,
        text: 'Café budget',
        reflectionId: null
      })
    )

    await api.ok('talkingPoints.delete', { id: point.id })
    expect(await api.ok('talkingPoints.list', { memberId: ana.id })).toEqual([])
    expect(search(journal.db, { text: 'cafe' }).groups).toEqual([])
    expect(await api.ok('trash.list', {})).toEqual([
      expect.objectContaining({ kind: 'talking_point', id: point.id, title: 'Café budget', context: 'Ana' })
    ])
    await api.ok('talkingPoints.restore', { id: point.id })
    expect((await api.ok('talkingPoints.list', { memberId: ana.id })).map((p) => p.id)).toEqual([point.id])
  })

  it('refuse empty or control-character text at the door and in the table', async () => {
    const { api, ana } = await setUp()
    const answer = await api.send('talkingPoints.create', { memberId: ana.id, owner: 'me', text: '  ' })
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('Write the topic') }
    })
    expect(() => createTalkingPoint(journal.db, { memberId: ana.id, owner: 'me', text: 'a\u0001b' })).toThrow(
      /control characters/
    )
  })
})

describe('carried from', () => {
  it('marks in the preparation what was already open at the last one-on-one, and not what is new', async () => {
    const { api, ana, oneOnOne } = await setUp()
    const old = createTalkingPoint(journal.db, { memberId: ana.id, owner: 'me', text: 'Old' }, '2026-11-10')
    await oneOnOne('2026-11-12')
    const item = await api.ok('actionItems.create', { memberId: ana.id, owner: 'them', text: 'Draft' })
    journal.db.prepare(`UPDATE action_items SET created_at = '2026-11-11T10:00:00.000Z'`).run()
    createTalkingPoint(journal.db, { memberId: ana.id, owner: 'them', text: 'New' }, '2026-11-14')
    const today = await oneOnOne('2026-11-19')
    const prep = await api.ok('oneOnOnes.prepare', { memberId: ana.id, excludeReflectionId: today.id })
    expect(prep.talkingPoints.map((p) => [p.id === old.id ? 'Old' : p.text, p.carriedFrom])).toEqual([
      ['Old', '2026-11-10'],
      ['New', null]
    ])
    expect(prep.openActionItems.map((i) => [i.id, i.carriedFrom])).toEqual([[item.id, '2026-11-11']])
  })

  it('names the day an item was written down when it was already open at the last one-on-one', () => {
    expect(carriedFrom('2026-11-12', '2026-11-19')).toBe('2026-11-12')
    expect(carriedFrom('2026-11-19', '2026-11-19')).toBe('2026-11-19')
    expect(carriedFrom('2026-11-20', '2026-11-19')).toBeNull()
    expect(carriedFrom('2026-11-12', null)).toBeNull()
  })
})
