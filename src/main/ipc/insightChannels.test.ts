import { beforeEach, describe, expect, it } from 'vitest'
import type { Channel } from '../../shared/ipc/contract'
import { UNKNOWN_ID } from '../testing/delegationFixtures'
import { dispatchFor } from '../testing/dispatchFor'
import { journalWriter, TODAY } from '../testing/insightFixtures'
import { eachTempJournal } from '../testing/tempJournal'
import { createMember } from '../journal/members'

const journal = eachTempJournal()
let memberId: string
beforeEach(() => {
  memberId = createMember(journal.db, { name: 'Ana' }).id
  journalWriter(journal.db).reflect(TODAY, { memberId, stance: 4, mood: 3 })
})

const trend = { today: TODAY, weekStartsOn: 1, bucket: 'week' }
const valid: Record<string, object> = {
  'insights.stance': trend,
  'insights.mood': trend,
  'insights.authority': { today: TODAY },
  'insights.rhythm': { today: TODAY },
  'insights.outcomes': {}
}
const panels = Object.keys(valid) as Channel[]

describe('insights channels', () => {
  it.each(panels)('%s answers for the team and for one person', async (channel) => {
    const { send } = dispatchFor(journal)
    expect(await send(channel, valid[channel])).toMatchObject({ ok: true })
    expect(await send(channel, { ...valid[channel], memberId })).toMatchObject({ ok: true })
  })

  it.each(panels)('%s refuses unknown keys and an unknown person', async (channel) => {
    const { send } = dispatchFor(journal)
    expect(await send(channel, { ...valid[channel], extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(await send(channel, { ...valid[channel], memberId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(await send(channel, { ...valid[channel], memberId: UNKNOWN_ID })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })

  it('explains a wrong week start, grouping, period count or day', async () => {
    const { send } = dispatchFor(journal)
    const cases: [object, string, string][] = [
      [{ weekStartsOn: 7 }, 'weekStartsOn', 'Give the first day of the week as 0 (Sunday) to 6 (Saturday).'],
      [{ bucket: 'year' }, 'bucket', 'Group by week or by month.'],
      [{ periods: 0 }, 'periods', 'Show from 1 to 104 periods.'],
      [{ today: '27/11/2026' }, 'today', 'Use a date like 2026-11-27.']
    ]
    for (const [patch, field, message] of cases) {
      const result = await send('insights.stance', { ...trend, ...patch })
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields: { [field]: message } }
      })
    }
  })
})
