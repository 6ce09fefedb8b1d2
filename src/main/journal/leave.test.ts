import { describe, expect, it } from 'vitest'
import { search } from '../search/search'
import { dispatchFor } from '../testing/dispatchFor'
import { eachTempJournal } from '../testing/tempJournal'

const journal = eachTempJournal()

describe('time away and skipped one-on-ones', () => {
  it('are listed on the person, in their timeline, found by search, and go to the trash and back', async () => {
    const api = dispatchFor(journal)
    const ana = await api.ok('members.create', { name: 'Ana' })
    const away = await api.ok('leave.markAway', {
      memberId: ana.id,
      startsOn: '2026-12-20',
      endsOn: '2027-01-03',
      note: 'Parental leave'
    })
    const skip = await api.ok('leave.skip', { memberId: ana.id, date: '2026-12-04', reason: 'Team offsite' })
    expect(await api.ok('leave.list', { memberId: ana.id })).toEqual({ away: [away], skips: [skip] })
    expect(away).toMatchObject({ startsOn: '2026-12-20', endsOn: '2027-01-03', note: 'Parental leave' })

    const member = await api.ok('members.get', { id: ana.id })
    expect(member).toMatchObject({
      lastSkipped: '2026-12-04',
      away: [{ startsOn: '2026-12-20', endsOn: '2027-01-03' }]
    })
    const { items } = await api.ok('members.timeline', { memberId: ana.id })
    expect(items.filter((item) => item.kind === 'away' || item.kind === 'skip')).toEqual([
      { kind: 'away', id: away.id, date: '2026-12-20', endsOn: '2027-01-03', note: 'Parental leave' },
      { kind: 'skip', id: skip.id, date: '2026-12-04', reason: 'Team offsite' }
    ])
    expect(search(journal.db, { text: 'parental' }).groups.map((g) => [g.kind, g.hits[0]!.title])).toEqual([
      ['away_period', 'Away 2026-12-20 to 2027-01-03']
    ])
    expect(search(journal.db, { text: 'offsite' }).groups.map((g) => g.kind)).toEqual(['skip'])

    await api.ok('leave.deleteAway', { id: away.id })
    await api.ok('leave.deleteSkip', { id: skip.id })
    expect(await api.ok('leave.list', { memberId: ana.id })).toEqual({ away: [], skips: [] })
    expect(await api.ok('members.get', { id: ana.id })).toMatchObject({ lastSkipped: null, away: [] })
    expect(search(journal.db, { text: 'offsite' }).groups).toEqual([])
    expect((await api.ok('trash.list', {})).map((item) => [item.kind, item.title, item.context])).toEqual(
      expect.arrayContaining([
        ['away_period', 'Away 2026-12-20 to 2027-01-03', 'Ana'],
        ['skip', 'Skipped one-on-one on 2026-12-04: Team offsite', 'Ana']
      ])
    )
    await api.ok('leave.restoreAway', { id: away.id })
    await api.ok('leave.restoreSkip', { id: skip.id })
    expect(await api.ok('leave.list', { memberId: ana.id })).toEqual({ away: [away], skips: [skip] })
  })

  it('refuse a last day before the first, a skip without a reason, and an unknown person', async () => {
    const api = dispatchFor(journal)
    const ana = await api.ok('members.create', { name: 'Ana' })
    expect(
      await api.send('leave.markAway', { memberId: ana.id, startsOn: '2026-12-20', endsOn: '2026-12-19' })
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('on or after') }
    })
    expect(await api.send('leave.skip', { memberId: ana.id, date: '2026-12-04', reason: ' ' })).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid_input', message: expect.stringContaining('Say why') }
      }
    )
    await api.ok('members.delete', { id: ana.id })
    expect(await api.send('leave.skip', { memberId: ana.id, date: '2026-12-04', reason: 'x' })).toMatchObject(
      {
        ok: false,
        error: { code: 'not_found' }
      }
    )
    expect(journal.db.prepare('SELECT count(*) FROM one_on_one_skips').pluck().get()).toBe(0)
    expect(journal.db.prepare('SELECT count(*) FROM away_periods').pluck().get()).toBe(0)
  })
})
