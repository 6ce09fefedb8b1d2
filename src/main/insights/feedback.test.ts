import { describe, expect, it } from 'vitest'
import { dispatchFor } from '../testing/dispatchFor'
import { eachTempJournal } from '../testing/tempJournal'

const journal = eachTempJournal()

describe('the feedback panel', () => {
  it('counts given feedback per period and person, leaving out what is to deliver, trashed or outside', async () => {
    const api = dispatchFor(journal)
    const ana = await api.ok('members.create', { name: 'Ana' })
    const ben = await api.ok('members.create', { name: 'Ben' })
    const log = (memberId: string, kind: 'praise' | 'redirect', givenOn: string | null) =>
      api.ok('feedback.create', { memberId, kind, behaviour: `${kind} ${givenOn}`, givenOn })
    await log(ana.id, 'praise', '2026-11-02')
    await log(ana.id, 'redirect', '2026-11-20')
    await log(ana.id, 'praise', '2026-10-15')
    await log(ana.id, 'praise', '2025-01-01') // before the shown months: only the last praise
    await log(ana.id, 'redirect', null)
    const trashed = await log(ben.id, 'praise', '2026-11-03')
    await api.ok('feedback.delete', { id: trashed.id })
    await log(ben.id, 'redirect', '2026-11-04')

    const trend = await api.ok('insights.feedback', {
      today: '2026-11-27',
      weekStartsOn: 1,
      bucket: 'month',
      periods: 2
    })
    expect(trend.buckets).toEqual([
      { start: '2026-10-01', end: '2026-10-31', praise: 1, redirect: 0 },
      { start: '2026-11-01', end: '2026-11-30', praise: 1, redirect: 2 }
    ])
    expect(trend.total).toEqual({ praise: 2, redirect: 2 })
    expect(trend.members).toEqual([
      { memberId: ana.id, name: 'Ana', praise: 2, redirect: 1, lastPraiseOn: '2026-11-02' },
      { memberId: ben.id, name: 'Ben', praise: 0, redirect: 1, lastPraiseOn: null }
    ])
    expect(trend.entries.map((e) => [e.name, e.behaviour])).toEqual([
      ['Ana', 'redirect 2026-11-20'],
      ['Ben', 'redirect 2026-11-04'],
      ['Ana', 'praise 2026-11-02'],
      ['Ana', 'praise 2026-10-15']
    ])
    const one = await api.ok('insights.feedback', {
      today: '2026-11-27',
      weekStartsOn: 1,
      bucket: 'month',
      periods: 2,
      memberId: ben.id
    })
    expect(one.total).toEqual({ praise: 0, redirect: 1 })
  })
})
