import { describe, expect, it } from 'vitest'
import { dispatchFor } from '../testing/dispatchFor'
import { eachTempJournal } from '../testing/tempJournal'
import { todayLocal } from './localDay'

const journal = eachTempJournal()

describe('the one-on-one preparation', () => {
  it('sets the level each active delegation was agreed at against the one its latest check-ins enacted', async () => {
    const api = dispatchFor(journal)
    const ana = await api.ok('members.create', { name: 'Ana' })
    const delegation = await api.ok('delegations.create', {
      memberId: ana.id,
      title: 'Own the release train',
      authorityLevel: 6,
      status: 'active',
      startedOn: '2026-09-01'
    })
    const prep = async () => (await api.ok('oneOnOnes.prepare', { memberId: ana.id })).activeDelegations[0]!
    expect((await prep()).enacted).toBeNull()

    const checkIn = (date: string, leaderResponse: 'held_back' | 'stepped_in' | 'provided_resources') =>
      api.ok('delegations.checkIn', { delegationId: delegation.id, date, signal: 'at_risk', leaderResponse })
    // Entered out of order: the latest by date count, and resources say nothing about who decides.
    await checkIn('2026-11-20', 'stepped_in')
    await checkIn('2026-10-01', 'held_back')
    await checkIn('2026-11-25', 'provided_resources')
    await checkIn('2026-11-10', 'stepped_in')
    expect((await prep()).enacted).toEqual({ agreed: 6, acted: 4, basedOn: 3, gap: 2, flagged: true })
  })

  it('says which check-ins are due, when the rescue trigger fires, and what to ask after letting go', async () => {
    const api = dispatchFor(journal)
    const ana = await api.ok('members.create', { name: 'Ana' })
    const delegation = await api.ok('delegations.create', {
      memberId: ana.id,
      title: 'Own the migration',
      authorityLevel: 6,
      status: 'active',
      startedOn: '2026-11-01',
      rescueSignal: 'blocked',
      rescueSignalTimes: 2
    })
    const prep = async () => (await api.ok('oneOnOnes.prepare', { memberId: ana.id })).activeDelegations[0]!
    const checkIn = (
      date: string,
      signal: 'blocked' | 'on_track',
      leaderResponse: 'held_back' | 'stepped_in'
    ) => api.ok('delegations.checkIn', { delegationId: delegation.id, date, signal, leaderResponse })

    const today = todayLocal()
    await checkIn(today, 'blocked', 'held_back')
    expect(await prep()).toMatchObject({ checkinDue: false, rescue: null })
    expect((await prep()).openQuestion).toMatchObject({ date: today, leaderResponse: 'held_back' })

    await checkIn(today, 'blocked', 'stepped_in')
    expect(await prep()).toMatchObject({
      rescue: 'Check-ins said “Blocked” 2 times.',
      openQuestion: null
    })
  })
})
