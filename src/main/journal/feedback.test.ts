import { describe, expect, it } from 'vitest'
import { dispatchFor } from '../testing/dispatchFor'
import { eachTempJournal } from '../testing/tempJournal'
import { search } from '../search/search'
import { purgeTrash } from '../trash/purge'

const journal = eachTempJournal()

async function setUp() {
  const api = dispatchFor(journal)
  const ana = await api.ok('members.create', { name: 'Ana' })
  const oneOnOne = async (date: string) =>
    (await api.ok('reflections.create', { kind: 'one_on_one', memberId: ana.id, date })).reflection
  return { api, ana, oneOnOne }
}

const backdate = (table: string, id: string, day: string) =>
  journal.db.prepare(`UPDATE ${table} SET created_at = ? WHERE id = ?`).run(`${day}T09:00:00.000Z`, id)

describe('feedback', () => {
  it('to deliver becomes a talking point, and ticking it in the 1:1 gives it on that day', async () => {
    const { api, ana, oneOnOne } = await setUp()
    const feedback = await api.ok('feedback.create', {
      memberId: ana.id,
      kind: 'redirect',
      situation: 'Friday deploy',
      behaviour: 'Merged without review',
      impact: 'The release broke',
      givenOn: null
    })
    const [point] = await api.ok('talkingPoints.list', { memberId: ana.id })
    expect(point).toMatchObject({
      id: feedback.talkingPointId,
      owner: 'me',
      text: 'Feedback: Merged without review'
    })

    const monday = await oneOnOne('2026-11-16')
    await api.ok('talkingPoints.discuss', { id: point!.id, reflectionId: monday.id })
    expect((await api.ok('feedback.list', { memberId: ana.id }))[0]).toMatchObject({ givenOn: '2026-11-16' })
    const timeline = await api.ok('members.timeline', { memberId: ana.id })
    expect(timeline.items.find((item) => item.kind === 'feedback')).toMatchObject({
      date: '2026-11-16',
      feedbackKind: 'redirect',
      reflectionId: monday.id
    })

    // Unticked: to deliver again.
    await api.ok('talkingPoints.discuss', { id: point!.id, reflectionId: null })
    expect((await api.ok('feedback.list', { memberId: ana.id }))[0]!.givenOn).toBeNull()
  })

  it('is delivered from the 1:1 with their response, or on a day of its own', async () => {
    const { api, ana, oneOnOne } = await setUp()
    const monday = await oneOnOne('2026-11-16')
    const first = await api.ok('feedback.create', {
      memberId: ana.id,
      kind: 'praise',
      behaviour: 'Led the incident review',
      givenOn: null
    })
    const delivered = await api.ok('feedback.deliver', {
      id: first.id,
      reflectionId: monday.id,
      response: 'Glad it helped'
    })
    expect(delivered).toMatchObject({ givenOn: '2026-11-16', response: 'Glad it helped' })
    const [point] = await api.ok('talkingPoints.list', { memberId: ana.id, discussedIn: monday.id })
    expect(point).toMatchObject({ id: first.talkingPointId, reflectionId: monday.id })

    const second = await api.ok('feedback.create', {
      memberId: ana.id,
      kind: 'praise',
      behaviour: 'Wrote the runbook',
      givenOn: null
    })
    const given = await api.ok('feedback.deliver', { id: second.id, givenOn: '2026-11-18' })
    expect(given).toMatchObject({ givenOn: '2026-11-18', talkingPointId: null })
    expect(await api.ok('talkingPoints.list', { memberId: ana.id })).toEqual([])
    expect(await api.send('feedback.deliver', { id: second.id, givenOn: '2026-11-19' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('already given') }
    })
  })

  it('lists what is to deliver first, then the given ones newest first; edits follow into the talking point', async () => {
    const { api, ana } = await setUp()
    const log = (behaviour: string, givenOn: string | null) =>
      api.ok('feedback.create', { memberId: ana.id, kind: 'praise', behaviour, givenOn })
    await log('Old', '2026-10-01')
    const pending = await log('Pending', null)
    await log('New', '2026-11-01')
    expect((await api.ok('feedback.list', { memberId: ana.id })).map((f) => f.behaviour)).toEqual([
      'Pending',
      'New',
      'Old'
    ])
    await api.ok('feedback.update', { id: pending.id, behaviour: 'Pending, reworded' })
    expect((await api.ok('talkingPoints.list', { memberId: ana.id }))[0]!.text).toBe(
      'Feedback: Pending, reworded'
    )
    const given = await log('Given', '2026-11-01')
    expect(await api.send('feedback.update', { id: given.id, givenOn: '2099-01-01' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('still to come') }
    })
    expect(await api.send('feedback.update', { id: pending.id, givenOn: '2026-11-02' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
  })

  it('refuses what a user must fix, with a message saying how, and writes nothing', async () => {
    const { api, ana } = await setUp()
    const bob = await api.ok('members.create', { name: 'Bob' })
    const blank = await api.send('feedback.create', {
      memberId: ana.id,
      kind: 'praise',
      behaviour: ' ',
      givenOn: null
    })
    expect(blank).toMatchObject({ ok: false, error: { message: expect.stringContaining('behaviour') } })
    const early = await api.send('feedback.create', {
      memberId: ana.id,
      kind: 'praise',
      behaviour: 'Shipped',
      response: 'Thanks',
      givenOn: null
    })
    expect(early).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('once the feedback is given') }
    })
    const stamp = '2026-11-01T00:00:00.000Z'
    journal.db
      .prepare(
        `INSERT INTO goals (id, member_id, title, status, created_at, updated_at) VALUES (?, ?, ?, 'active', ?, ?)`
      )
      .run('7b0f7a2e-3c1d-4e5f-8a9b-0c1d2e3f4a5b', bob.id, 'Speak up', stamp, stamp)
    const otherGoal = await api.send('feedback.create', {
      memberId: ana.id,
      kind: 'praise',
      behaviour: 'Shipped',
      givenOn: '2026-11-02',
      goalId: '7b0f7a2e-3c1d-4e5f-8a9b-0c1d2e3f4a5b'
    })
    expect(otherGoal).toMatchObject({ ok: false, error: { message: expect.stringContaining('same person') } })
    const ahead = await api.send('feedback.create', {
      memberId: ana.id,
      kind: 'praise',
      behaviour: 'Shipped',
      givenOn: '2099-01-01'
    })
    expect(ahead).toMatchObject({ ok: false, error: { message: expect.stringContaining('still to come') } })
    expect(await api.ok('feedback.list', { memberId: ana.id })).toEqual([])
    expect(await api.ok('talkingPoints.list', { memberId: ana.id })).toEqual([])
  })

  it('to deliver goes to the trash with its open talking point, and comes back with it', async () => {
    const { api, ana } = await setUp()
    const feedback = await api.ok('feedback.create', {
      memberId: ana.id,
      kind: 'redirect',
      behaviour: 'Missed the handover',
      givenOn: null
    })
    await api.ok('feedback.delete', { id: feedback.id })
    expect(await api.ok('talkingPoints.list', { memberId: ana.id })).toEqual([])
    expect((await api.ok('trash.list', {})).map((item) => [item.kind, item.title])).toEqual([
      ['feedback', 'Redirect: Missed the handover']
    ])
    expect(search(journal.db, { text: 'handover' }).groups).toEqual([])
    await api.ok('feedback.restore', { id: feedback.id })
    expect((await api.ok('talkingPoints.list', { memberId: ana.id })).map((p) => p.id)).toEqual([
      feedback.talkingPointId
    ])
    expect(search(journal.db, { text: 'handover' }).groups.map((g) => g.kind)).toEqual([
      'talking_point',
      'feedback'
    ])
  })

  it('given in a 1:1 outlives that talking point when it is purged from the trash', async () => {
    const { api, ana, oneOnOne } = await setUp()
    const monday = await oneOnOne('2026-11-16')
    const feedback = await api.ok('feedback.create', {
      memberId: ana.id,
      kind: 'praise',
      behaviour: 'Calm on call',
      givenOn: null
    })
    await api.ok('feedback.deliver', { id: feedback.id, reflectionId: monday.id })
    await api.ok('reflections.delete', { id: monday.id })
    await api.ok('talkingPoints.delete', { id: feedback.talkingPointId! })
    const later = new Date(Date.now() + 400 * 24 * 60 * 60 * 1000)
    for (let step = 0; step < 60; step++)
      purgeTrash(journal.db, new Date(later.getTime() + step * 7 * 86400000), 30)
    expect(await api.ok('feedback.list', { memberId: ana.id })).toMatchObject([
      { id: feedback.id, givenOn: '2026-11-16', talkingPointId: null }
    ])
  })

  it('counts praise and redirect in 90 days, and nudges after 60 days without praise', async () => {
    const { api, ana } = await setUp()
    const today = '2026-11-27'
    const summary = () => api.ok('feedback.summary', { memberId: ana.id, today })
    // New to the journal: no nudge yet.
    expect(await summary()).toEqual({
      praise: 0,
      redirect: 0,
      toDeliver: 0,
      lastPraiseOn: null,
      nudge: false
    })
    backdate('members', ana.id, '2026-09-28')
    expect((await summary()).nudge).toBe(true)

    const log = (kind: 'praise' | 'redirect', givenOn: string | null) =>
      api.ok('feedback.create', { memberId: ana.id, kind, behaviour: 'x', givenOn })
    await log('praise', '2026-08-29') // 90 days ago: outside the count
    await log('praise', '2026-08-30')
    await log('redirect', '2026-11-27')
    await log('redirect', null)
    expect(await summary()).toEqual({
      praise: 1,
      redirect: 1,
      toDeliver: 1,
      lastPraiseOn: '2026-08-30',
      nudge: true
    })
    await log('praise', '2026-09-29') // 59 days ago
    expect((await summary()).nudge).toBe(false)
  })

  it('nudges someone new to the journal once they have had praise that is 60 days old', async () => {
    const { api, ana } = await setUp()
    await api.ok('feedback.create', {
      memberId: ana.id,
      kind: 'praise',
      behaviour: 'x',
      givenOn: '2026-09-28'
    })
    expect((await api.ok('feedback.summary', { memberId: ana.id, today: '2026-11-27' })).nudge).toBe(true)
  })
})
