import { describe, expect, it } from 'vitest'
import { dispatchFor } from '../testing/dispatchFor'
import { eachTempJournal } from '../testing/tempJournal'
import { search } from '../search/search'

const journal = eachTempJournal()

async function setUp() {
  const api = dispatchFor(journal)
  const ana = await api.ok('members.create', { name: 'Ana', growthAreas: 'Lead a design review' })
  const ben = await api.ok('members.create', { name: 'Ben' })
  return { api, ana, ben }
}

const T = '2026-11-01T09:00:00.000Z'

describe('growth goals', () => {
  it('are listed active first, each with the delegations serving it and the feedback speaking to it', async () => {
    const { api, ana } = await setUp()
    const review = await api.ok('goals.create', { memberId: ana.id, title: 'Lead a design review' })
    const talk = await api.ok('goals.create', { memberId: ana.id, title: 'Give a talk', why: 'Visibility' })
    await api.ok('goals.update', { id: review.id, status: 'achieved' })
    const served = await api.ok('delegations.create', {
      memberId: ana.id,
      title: 'Run the meetup',
      authorityLevel: 4,
      status: 'active',
      goalId: talk.id
    })
    await api.ok('delegations.create', { memberId: ana.id, title: 'Unrelated', authorityLevel: 2 })
    const feedback = journal.db.prepare(
      `INSERT INTO feedback (id, member_id, kind, behaviour, given_on, goal_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    )
    feedback.run(
      'aaaaaaaa-0000-4000-8000-000000000001',
      ana.id,
      'praise',
      'Clear slides',
      '2026-11-02',
      talk.id,
      T,
      T
    )
    feedback.run('aaaaaaaa-0000-4000-8000-000000000002', ana.id, 'redirect', 'Ran long', null, talk.id, T, T)

    const goals = await api.ok('goals.list', { memberId: ana.id })
    expect(goals.map((goal) => [goal.title, goal.status])).toEqual([
      ['Give a talk', 'active'],
      ['Lead a design review', 'achieved']
    ])
    expect(goals[0]!.why).toBe('Visibility')
    expect(goals[0]!.delegations).toEqual([
      { id: served.id, title: 'Run the meetup', authorityLevel: 4, status: 'active' }
    ])
    // Still to deliver first, then given.
    expect(goals[0]!.feedback.map((entry) => [entry.kind, entry.behaviour, entry.givenOn])).toEqual([
      ['redirect', 'Ran long', null],
      ['praise', 'Clear slides', '2026-11-02']
    ])
    expect(goals[1]!.delegations).toEqual([])
    expect((await api.ok('delegations.get', { id: served.id })).goalTitle).toBe('Give a talk')
  })

  it('refuse a blank title and an unknown status with words a user can act on', async () => {
    const { api, ana } = await setUp()
    const blank = await api.send('goals.create', { memberId: ana.id, title: '  ' })
    expect(blank.ok ? null : blank.error.message).toMatch(/Name the goal/)
    const goal = await api.ok('goals.create', { memberId: ana.id, title: 'Mentor' })
    const status = await api.send('goals.update', { id: goal.id, status: 'done' })
    expect(status.ok ? null : status.error.message).toMatch(/active, achieved or dropped/)
    expect((await api.ok('goals.list', { memberId: ana.id })).map((g) => g.title)).toEqual(['Mentor'])
  })

  it('are served only by delegations of the same person, and not from the trash', async () => {
    const { api, ana, ben } = await setUp()
    const goal = await api.ok('goals.create', { memberId: ana.id, title: 'Mentor' })
    const forBen = await api.send('delegations.create', {
      memberId: ben.id,
      title: 'Onboarding',
      authorityLevel: 3,
      goalId: goal.id
    })
    expect(forBen.ok ? null : forBen.error.message).toMatch(/growth goal of the person it is delegated to/)
    const delegation = await api.ok('delegations.create', {
      memberId: ana.id,
      title: 'Onboard',
      authorityLevel: 3
    })
    await api.ok('goals.delete', { id: goal.id })
    const trashed = await api.send('delegations.update', { id: delegation.id, goalId: goal.id })
    expect(trashed.ok ? null : trashed.error.message).toMatch(/no longer there/)
    await api.ok('goals.restore', { id: goal.id })
    expect((await api.ok('delegations.update', { id: delegation.id, goalId: goal.id })).goalId).toBe(goal.id)
  })

  it('go to the trash and come back, and a delegation reads as serving none meanwhile', async () => {
    const { api, ana } = await setUp()
    const goal = await api.ok('goals.create', { memberId: ana.id, title: 'Mentor a new hire' })
    const delegation = await api.ok('delegations.create', {
      memberId: ana.id,
      title: 'Onboard Zoe',
      authorityLevel: 3,
      goalId: goal.id
    })
    await api.ok('goals.delete', { id: goal.id })
    expect(await api.ok('goals.list', { memberId: ana.id })).toEqual([])
    expect(await api.ok('trash.list', {})).toEqual([
      expect.objectContaining({ kind: 'goal', id: goal.id, title: 'Mentor a new hire', context: 'Ana' })
    ])
    expect((await api.ok('delegations.get', { id: delegation.id })).goalId).toBeNull()
    await api.ok('goals.restore', { id: goal.id })
    expect((await api.ok('delegations.get', { id: delegation.id })).goalId).toBe(goal.id)
  })

  it("show on the person's timeline on the day they were set, with where they stand", async () => {
    const { api, ana } = await setUp()
    const goal = await api.ok('goals.create', { memberId: ana.id, title: 'Give a talk' })
    await api.ok('goals.update', { id: goal.id, status: 'achieved' })
    const { items } = await api.ok('members.timeline', { memberId: ana.id })
    expect(items).toEqual([
      {
        kind: 'goal',
        id: goal.id,
        date: goal.createdAt.slice(0, 10),
        title: 'Give a talk',
        status: 'achieved'
      }
    ])
  })

  it('are found by search, by title and by why', async () => {
    const { api, ana } = await setUp()
    const goal = await api.ok('goals.create', {
      memberId: ana.id,
      title: 'Negotiation',
      why: 'Vendor contracts'
    })
    const hits = (text: string) =>
      search(journal.db, { text })
        .groups.find((group) => group.kind === 'goal')
        ?.hits.map((hit) => hit.id)
    expect(hits('negotiation')).toEqual([goal.id])
    expect(hits('vendor')).toEqual([goal.id])
    await api.ok('goals.delete', { id: goal.id })
    expect(hits('vendor')).toBeUndefined()
  })
})
