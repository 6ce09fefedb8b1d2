import { describe, expect, it } from 'vitest'
import { dispatchFor } from '../testing/dispatchFor'
import { eachTempJournal } from '../testing/tempJournal'

const journal = eachTempJournal()

/** A slipped key in a day field is refused at the door with a sentence, and nothing is written. */
describe('days typed for an entry', () => {
  it('refuses a year a person cannot mean, for a one-on-one, feedback, time away and a skip', async () => {
    const api = dispatchFor(journal)
    const ana = await api.ok('members.create', { name: 'Ana Lima' })
    const refused = [
      await api.send('reflections.create', { kind: 'one_on_one', memberId: ana.id, date: '0202-11-27' }),
      await api.send('feedback.create', {
        memberId: ana.id,
        kind: 'praise',
        behaviour: 'Ran the retro',
        givenOn: '1899-12-31'
      }),
      await api.send('leave.markAway', { memberId: ana.id, startsOn: '2026-12-01', endsOn: '9999-01-01' }),
      await api.send('leave.skip', { memberId: ana.id, date: '0026-12-01', reason: 'Offsite' })
    ]
    for (const result of refused) {
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      if (!result.ok) expect(result.error.message).toContain('Use a year between 1900 and 2199.')
    }
    const written = journal.db
      .prepare(
        `SELECT (SELECT count(*) FROM reflections) + (SELECT count(*) FROM feedback)
           + (SELECT count(*) FROM away_periods) + (SELECT count(*) FROM one_on_one_skips)`
      )
      .pluck()
      .get()
    expect(written).toBe(0)
    // The first and last days of the range are taken.
    expect(
      await api.send('reflections.create', { kind: 'one_on_one', memberId: ana.id, date: '1900-01-01' })
    ).toMatchObject({ ok: true })
  })
})
