import { afterEach, describe, expect, it, vi } from 'vitest'

/** A window whose `leap` answers each call when the test says, recording what was asked. */
function fakeWindow(hash: string) {
  const asked: [string, unknown][] = []
  const answers = new Map<string, (envelope: unknown) => void>()
  const leap = new Proxy(
    {},
    {
      get: (_, channel: string) => (input: unknown) => {
        asked.push([channel, input])
        return new Promise((resolve) => answers.set(`${channel} ${JSON.stringify(input)}`, resolve))
      }
    }
  )
  vi.stubGlobal('window', { location: { hash }, addEventListener: () => {}, leap })
  const answer = async (channel: string, input: unknown, envelope: unknown) => {
    answers.get(`${channel} ${JSON.stringify(input)}`)!(envelope)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { asked, answer }
}

async function start(hash: string) {
  const page = fakeWindow(hash)
  vi.resetModules()
  const reads = await import('./firstReads')
  const { todayLocal } = await import('./dates')
  const { currentPath, segmentsOf } = await import('./router')
  reads.startFirstReads(segmentsOf(currentPath()))
  return { ...page, ...reads, today: todayLocal() }
}

afterEach(() => vi.unstubAllGlobals())

describe('first reads', () => {
  it('ask for the Team screen’s data at start, and only the shell’s elsewhere', async () => {
    const team = await start('')
    expect(team.asked).toEqual([
      ['app.info', {}],
      ['settings.get', {}],
      ['members.list', { includeArchived: false, today: team.today }],
      ['members.list', { includeArchived: true, today: team.today }],
      ['sample.status', {}],
      ['reminders.today', { today: team.today }]
    ])
    const journal = await start('#/journal')
    expect(journal.asked.map(([channel]) => channel)).toEqual(['app.info', 'settings.get'])
    const person = await start('#/team/abc')
    expect(person.asked.map(([channel]) => channel)).toEqual(['app.info', 'settings.get'])
  })

  it('hand an answer to the first query that asks the same, once', async () => {
    const page = await start('#/team')
    const input = { includeArchived: false, today: page.today }
    expect(page.takeAnsweredFirstRead('members.list', input)).toBeUndefined()
    await page.answer('members.list', input, { ok: true, data: [{ name: 'Ana' }] })
    expect(page.takeAnsweredFirstRead('members.list', input)).toEqual([{ name: 'Ana' }])
    expect(page.takeAnsweredFirstRead('members.list', input)).toBeUndefined()
    expect(page.takeFirstRead('members.list', input)).toBeUndefined()
    // Another input is another read.
    expect(page.takeFirstRead('members.list', { includeArchived: true, today: page.today })).toBeInstanceOf(
      Promise
    )
  })

  it('ask for the Team screen’s review offer once Settings say which day a week starts on', async () => {
    const team = await start('#/team')
    expect(team.asked.map(([channel]) => channel)).not.toContain('reviews.offer')
    await team.answer('settings.get', {}, { ok: true, data: { preferences: { weekStartsOn: 'sunday' } } })
    expect(team.asked.at(-1)).toEqual(['reviews.offer', { today: team.today, weekStartsOn: 0 }])
    const journal = await start('#/journal')
    await journal.answer('settings.get', {}, { ok: true, data: { preferences: { weekStartsOn: 'sunday' } } })
    expect(journal.asked.map(([channel]) => channel)).not.toContain('reviews.offer')
  })

  it('hold the first frame until every start-up read has answered, the review offer too, or the time is up', async () => {
    const page = await start('#/team')
    let drawn = false
    void page.firstReadsAnswered(60_000).then(() => (drawn = true))
    const settings = { ok: true, data: { preferences: { weekStartsOn: 'monday' } } }
    for (const [channel, input] of page.asked.slice()) {
      await page.answer(channel, input, channel === 'settings.get' ? settings : { ok: true, data: [] })
    }
    expect(drawn).toBe(false)
    const [channel, input] = page.asked.at(-1)!
    expect(channel).toBe('reviews.offer')
    await page.answer(channel, input, { ok: false, error: { code: 'journal_unavailable', message: 'x' } })
    expect(drawn).toBe(true)

    const silent = await start('#/team')
    const waited = performance.now()
    await silent.firstReadsAnswered(30)
    expect(performance.now() - waited).toBeGreaterThanOrEqual(25)
  })

  it('never hand on a failed answer, nor any answer after a write', async () => {
    const page = await start('#/team')
    await page.answer('app.info', {}, { ok: false, error: { code: 'journal_unavailable', message: 'x' } })
    expect(page.takeAnsweredFirstRead('app.info', {})).toBeUndefined()
    expect(page.takeFirstRead('app.info', {})).toBeUndefined()
    await page.answer('settings.get', {}, { ok: true, data: { preferences: { weekStartsOn: 'monday' } } })
    page.forgetFirstReads()
    expect(page.takeAnsweredFirstRead('settings.get', {})).toBeUndefined()
    expect(page.takeFirstRead('sample.status', {})).toBeUndefined()
  })
})
