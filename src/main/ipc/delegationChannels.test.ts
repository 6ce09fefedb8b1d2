import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Channel } from '../../shared/ipc/contract'
import { seedDelegation, UNKNOWN_ID } from '../testing/delegationFixtures'
import { eachTempJournal } from '../testing/tempJournal'
import { createDispatch, type Dispatch } from './dispatch'

const journal = eachTempJournal()
let dispatch: Dispatch
let seeded: ReturnType<typeof seedDelegation>
beforeEach(() => {
  dispatch = createDispatch(
    { journal, app: { name: 'Leap', version: '0', dataDir: '/d' } },
    { log: () => {} }
  )
  seeded = seedDelegation(journal.db)
})

/** Everything the delegation channels can write, to prove a refused call wrote nothing. */
const snapshot = () =>
  ['delegations', 'authority_changes', 'checkins'].map((table) =>
    journal.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()
  )

async function refused(channel: Channel, input: unknown, code: string, field?: string) {
  const before = snapshot()
  const result = await dispatch(channel, input)
  expect(result).toMatchObject({ ok: false, error: { code } })
  if (field && !result.ok) expect(result.error.fields).toHaveProperty(field)
  expect(snapshot()).toEqual(before)
  return result
}

const ok = async (channel: Channel, input: unknown) => {
  const result = await dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.data as Record<string, unknown>
}

describe('delegation channels', () => {
  it('delegations.create: valid, invalid level and status, due before start, unknown member', async () => {
    const created = await ok('delegations.create', {
      memberId: seeded.member.id,
      title: '  Own the rota ',
      authorityLevel: 4,
      successCriteria: ['No gaps', '  ', ''],
      checkinEveryDays: null,
      dueDate: ''
    })
    expect(created).toMatchObject({
      title: 'Own the rota',
      successCriteria: ['No gaps'],
      dueDate: null,
      status: 'planned'
    })
    const base = { memberId: seeded.member.id, title: 'X', authorityLevel: 3 }
    for (const authorityLevel of [0, 8, 2.5, '3', null]) {
      const result = await refused(
        'delegations.create',
        { ...base, authorityLevel },
        'invalid_input',
        'authorityLevel'
      )
      if (!result.ok) expect(result.error.message).toContain('from 1 (Tell) to 7 (Delegate)')
    }
    await refused('delegations.create', { ...base, status: 'paused' }, 'invalid_input', 'status')
    await refused(
      'delegations.create',
      { ...base, startedOn: '2026-11-10', dueDate: '2026-11-09' },
      'invalid_input',
      'dueDate'
    )
    await refused('delegations.create', { ...base, title: ' ' }, 'invalid_input', 'title')
    await refused('delegations.create', { ...base, owner: 'me' }, 'invalid_input')
    await refused('delegations.create', { ...base, memberId: UNKNOWN_ID }, 'not_found')
  })

  it('delegations.update: valid, invalid, not found', async () => {
    const { id } = seeded.delegation
    expect(await ok('delegations.update', { id, status: 'cancelled' })).toMatchObject({ status: 'cancelled' })
    await refused('delegations.update', { id, status: 'finished' }, 'invalid_input', 'status')
    await refused('delegations.update', { id, dueDate: '2026-09-01' }, 'invalid_input', 'dueDate')
    await refused('delegations.update', { id, authorityLevel: 5 }, 'invalid_input')
    await refused('delegations.update', { id: UNKNOWN_ID, title: 'X' }, 'not_found')
  })

  it('delegations.list and delegations.get: valid, invalid, not found', async () => {
    expect(await dispatch('delegations.list', {})).toMatchObject({
      ok: true,
      data: [{ id: seeded.delegation.id }]
    })
    expect(await ok('delegations.get', { id: seeded.delegation.id })).toMatchObject({
      checkins: [],
      authoritySteps: [{ toLevel: 3 }]
    })
    await refused('delegations.list', { status: 'all' }, 'invalid_input', 'status')
    await refused('delegations.list', { memberId: UNKNOWN_ID }, 'not_found')
    await refused('delegations.get', { id: 'nope' }, 'invalid_input', 'id')
    await refused('delegations.get', { id: UNKNOWN_ID }, 'not_found')
  })

  it('delegations.changeLevel: valid, out of range, no reason, not found', async () => {
    const { id } = seeded.delegation
    expect(await ok('delegations.changeLevel', { id, toLevel: 5, reason: 'Earned it' })).toMatchObject({
      authorityLevel: 5
    })
    await refused('delegations.changeLevel', { id, toLevel: 9, reason: 'x' }, 'invalid_input', 'toLevel')
    await refused('delegations.changeLevel', { id, toLevel: 6, reason: '  ' }, 'invalid_input', 'reason')
    await refused('delegations.changeLevel', { id, toLevel: 5, reason: 'same' }, 'invalid_input', 'toLevel')
    await refused('delegations.changeLevel', { id: UNKNOWN_ID, toLevel: 2, reason: 'x' }, 'not_found')
  })

  it('delegations.close: valid, invalid status, not found', async () => {
    const { id } = seeded.delegation
    await refused('delegations.close', { id, status: 'cancelled' }, 'invalid_input', 'status')
    await refused('delegations.close', { id: UNKNOWN_ID, status: 'done' }, 'not_found')
    expect(
      await ok('delegations.close', { id, status: 'handed_back', outcome: 'Too early', lessons: '' })
    ).toMatchObject({
      status: 'handed_back',
      outcome: 'Too early',
      lessons: null
    })
  })

  it('delegations.delete and delegations.restore: valid, invalid, not found', async () => {
    const { id } = seeded.delegation
    await refused('delegations.delete', { id: 42 }, 'invalid_input', 'id')
    await refused('delegations.delete', { id: UNKNOWN_ID }, 'not_found')
    expect(await ok('delegations.delete', { id })).toEqual({ id })
    expect(await ok('delegations.restore', { id })).toMatchObject({ id })
  })

  it('delegations.ladder and delegations.interventions: valid, invalid, not found', async () => {
    const memberId = seeded.member.id
    expect(await dispatch('delegations.ladder', { memberId })).toMatchObject({
      ok: true,
      data: [{ currentLevel: 3 }]
    })
    expect(await ok('delegations.interventions', { memberId })).toMatchObject({ overall: { ratio: null } })
    expect(await ok('delegations.interventions', {})).toMatchObject({ last90Days: { ratio: null } })
    await refused('delegations.ladder', {}, 'invalid_input', 'memberId')
    await refused('delegations.interventions', { memberId: 'x' }, 'invalid_input', 'memberId')
    await refused('delegations.ladder', { memberId: UNKNOWN_ID }, 'not_found')
    await refused('delegations.interventions', { memberId: UNKNOWN_ID }, 'not_found')
  })

  it('delegations.checkIn: valid, unknown signal or response, before the start, not found', async () => {
    const base = {
      delegationId: seeded.delegation.id,
      date: '2026-10-08',
      signal: 'blocked',
      leaderResponse: 'stepped_in'
    }
    expect(await ok('delegations.checkIn', { ...base, progress: '', note: 'Paired on it' })).toMatchObject({
      progress: null,
      note: 'Paired on it'
    })
    await refused('delegations.checkIn', { ...base, signal: 'fine' }, 'invalid_input', 'signal')
    await refused(
      'delegations.checkIn',
      { ...base, leaderResponse: 'micromanaged' },
      'invalid_input',
      'leaderResponse'
    )
    await refused('delegations.checkIn', { ...base, date: '2026-13-01' }, 'invalid_input', 'date')
    await refused('delegations.checkIn', { ...base, date: '2026-09-30' }, 'invalid_input', 'date')
    await refused('delegations.checkIn', { ...base, delegationId: UNKNOWN_ID }, 'not_found')
  })

  it('delegations.checkIn with handBack: the check-in and the hand-back are saved together or not at all', async () => {
    const { id } = seeded.delegation
    const tookBack = {
      delegationId: id,
      date: '2026-10-09',
      signal: 'struggling',
      leaderResponse: 'took_back'
    }

    // `refused` checks that neither the check-in nor the delegation changed.
    await refused(
      'delegations.checkIn',
      { ...tookBack, leaderResponse: 'stepped_in', handBack: true },
      'invalid_input',
      'handBack'
    )
    await refused('delegations.checkIn', { ...tookBack, date: '2026-09-30', handBack: true }, 'invalid_input')

    const checkin = await ok('delegations.checkIn', { ...tookBack, handBack: true })
    expect(await ok('delegations.get', { id })).toMatchObject({
      status: 'handed_back',
      completedOn: '2026-10-09',
      checkins: [{ id: checkin.id, leaderResponse: 'took_back' }]
    })
    // A delegation already closed is not handed back again.
    await refused('delegations.checkIn', { ...tookBack, handBack: true }, 'invalid_input', 'handBack')
  })

  it('property: arbitrary input to any delegation channel never throws and never writes an invalid row', async () => {
    const writers: Channel[] = [
      'delegations.create',
      'delegations.update',
      'delegations.changeLevel',
      'delegations.close',
      'delegations.checkIn'
    ]
    const ids = [seeded.delegation.id, seeded.member.id, UNKNOWN_ID]
    const value = fc.oneof(
      fc.constantFrom(...ids),
      fc.string(),
      fc.integer({ min: -2, max: 10 }),
      fc.constant(null),
      fc.date().map((d) => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10)))
    )
    const keys = [
      'id',
      'memberId',
      'delegationId',
      'title',
      'authorityLevel',
      'toLevel',
      'reason',
      'status',
      'date',
      'signal',
      'leaderResponse',
      'dueDate',
      'startedOn'
    ]
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writers),
        fc.dictionary(fc.constantFrom(...keys), value),
        async (channel, input) => {
          const result = await dispatch(channel, input)
          expect(typeof result.ok).toBe('boolean')
          const bad = journal.db
            .prepare(
              `SELECT count(*) FROM delegations WHERE authority_level NOT BETWEEN 1 AND 7
               OR (due_date < started_on) OR (status = 'active' AND started_on IS NULL)`
            )
            .pluck()
            .get()
          expect(bad).toBe(0)
          const early = journal.db
            .prepare(
              `SELECT count(*) FROM checkins c JOIN delegations d ON d.id = c.delegation_id WHERE c.date < d.started_on OR d.started_on IS NULL`
            )
            .pluck()
            .get()
          expect(early).toBe(0)
        }
      ),
      { numRuns: 200, seed: 4 }
    )
  })
})
