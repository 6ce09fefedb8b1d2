import { beforeEach, describe, expect, it } from 'vitest'
import { dispatchFor, UNKNOWN_ID } from '../testing/dispatchFor'
import { eachTempJournal } from '../testing/tempJournal'

const journal = eachTempJournal()
let api: ReturnType<typeof dispatchFor>
let anaId: string
const count = (table: string) => journal.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()

beforeEach(async () => {
  api = dispatchFor(journal)
  anaId = (await api.ok('members.create', { name: 'Ana Lima' })).id
})

describe('reflections', () => {
  it('creates a one-on-one with markdown, mood, stance and tags, and reads it back', async () => {
    const { reflection } = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: anaId,
      date: '2026-11-27',
      title: 'Release planning',
      body: '# Notes\n\n- She **owns** the release now',
      mood: 4,
      stance: 5,
      tags: ['release', 'Growth', 'growth']
    })
    expect(reflection).toMatchObject({
      memberName: 'Ana Lima',
      mood: 4,
      stance: 5,
      tags: ['Growth', 'release'],
      deletedAt: null
    })
    expect(await api.ok('reflections.get', { id: reflection.id })).toEqual(reflection)
    expect((await api.ok('reflections.tags', {})).map((tag) => tag.name)).toEqual(['Growth', 'release'])
  })

  it('suggests the tags in use, most used first, leaving out those only on reflections in the trash', async () => {
    const tagged = async (tags: string[]) =>
      (await api.ok('reflections.create', { kind: 'one_on_one', memberId: anaId, date: '2026-11-27', tags }))
        .reflection
    await tagged(['growth', 'release'])
    const second = await tagged(['growth', 'hiring'])
    const suggested = async () =>
      (await api.ok('reflections.tags', {})).map(({ name, count }) => [name, count])
    expect(await suggested()).toEqual([
      ['growth', 2],
      ['hiring', 1],
      ['release', 1]
    ])
    await api.ok('reflections.delete', { id: second.id })
    expect(await suggested()).toEqual([
      ['growth', 1],
      ['release', 1]
    ])
    await api.ok('reflections.restore', { id: second.id })
    expect(await suggested()).toEqual([
      ['growth', 2],
      ['hiring', 1],
      ['release', 1]
    ])
  })

  it('gives an empty title a default naming the person and the day', async () => {
    const { reflection } = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: anaId,
      date: '2026-11-27',
      title: '  '
    })
    expect(reflection.title).toBe('1:1 with Ana Lima, 27 Nov 2026')
    const general = await api.ok('reflections.create', { kind: 'general', date: '2026-11-28' })
    expect(general.reflection).toMatchObject({ title: 'Reflection, 28 Nov 2026', memberId: null })
  })

  it('refuses bad input with a clear message and writes nothing', async () => {
    const cases: [unknown, RegExp][] = [
      [{ kind: 'one_on_one', memberId: anaId, date: '2026-11-27', mood: 6 }, /Mood is a number from 1 to 5/],
      [
        { kind: 'one_on_one', memberId: anaId, date: '2026-11-27', stance: 0 },
        /Stance is a number from 1 to 5/
      ],
      [{ kind: 'one_on_one', memberId: anaId, date: '27/11/2026' }, /date like 2026-11-27/],
      [{ kind: 'one_on_one', memberId: anaId, date: '2026-11-27', tags: ['<script>'] }, /Tags use letters/],
      [{ kind: 'one_on_one', date: '2026-11-27' }, /Choose who the one-on-one was with/],
      [{ kind: 'weekly', date: '2026-11-27' }, /one-on-one or general/],
      [{ kind: 'general', date: '2026-11-27', secret: 1 }, /secret|Unrecognized/i]
    ]
    for (const [input, message] of cases) {
      const result = await api.send('reflections.create', input)
      expect(result.ok, JSON.stringify(input)).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(message)
    }
    const unknownMember = await api.send('reflections.create', {
      kind: 'one_on_one',
      memberId: UNKNOWN_ID,
      date: '2026-11-27'
    })
    expect(unknownMember).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(count('reflections')).toBe(0)
    expect(count('tags')).toBe(0)
  })

  it('saves and reopens a 1 MB body intact', async () => {
    const body = 'Ünïcode ✓ 🧭 '.repeat(80_000).slice(0, 1_048_576)
    const { reflection } = await api.ok('reflections.create', { kind: 'general', date: '2026-11-27', body })
    expect((await api.ok('reflections.get', { id: reflection.id })).body).toBe(body)
  })

  it('saves edits in sequence, each save returning the version the next one builds on', async () => {
    const { reflection } = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: anaId,
      date: '2026-11-27'
    })
    let version = reflection.updatedAt
    for (const body of ['a', 'ab', 'abc']) {
      const saved = await api.ok('reflections.update', { id: reflection.id, baseUpdatedAt: version, body })
      expect(saved.notice).toBeNull()
      expect(saved.reflection.updatedAt > version).toBe(true)
      version = saved.reflection.updatedAt
    }
    expect((await api.ok('reflections.get', { id: reflection.id })).body).toBe('abc')
  })

  it('keeps both texts when two windows edit the same reflection', async () => {
    const { reflection } = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: anaId,
      date: '2026-11-27',
      body: 'start'
    })
    const base = reflection.updatedAt
    await api.ok('reflections.update', { id: reflection.id, baseUpdatedAt: base, body: 'text from window A' })
    const fromB = await api.ok('reflections.update', {
      id: reflection.id,
      baseUpdatedAt: base,
      body: 'text from window B'
    })
    expect(fromB.notice?.kind).toBe('conflict_copy')
    expect(fromB.reflection.body).toBe('text from window B')
    const copyId = fromB.notice?.kind === 'conflict_copy' ? fromB.notice.copyId : ''
    expect(await api.ok('reflections.get', { id: copyId })).toMatchObject({
      body: 'text from window A',
      title: `${reflection.title} (conflicting copy)`,
      memberId: anaId
    })
  })

  it('a late save of the same words is no conflict, even with the title left empty for its default', async () => {
    const { reflection } = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: anaId,
      date: '2026-11-27',
      body: 'First words.'
    })
    const base = reflection.updatedAt
    const words = { title: '', body: 'First words. And these, typed right before the reload.' }
    await api.ok('reflections.update', { id: reflection.id, baseUpdatedAt: base, ...words })
    const late = await api.ok('reflections.update', { id: reflection.id, baseUpdatedAt: base, ...words })
    expect(late.notice).toBeNull()
    expect(late.reflection.title).toBe(reflection.title)
    expect(await api.ok('reflections.list', {})).toMatchObject({ items: [{ id: reflection.id }] })
  })

  it('a late save onto a reflection another window changed and then trashed keeps both texts', async () => {
    const { reflection } = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: anaId,
      date: '2026-11-27',
      body: 'start'
    })
    const base = reflection.updatedAt
    // Window B changes the text, then moves the reflection to the trash.
    await api.ok('reflections.update', { id: reflection.id, baseUpdatedAt: base, body: 'text from window B' })
    await api.ok('reflections.delete', { id: reflection.id })
    // Window A, still on the first version, saves late.
    const fromA = await api.ok('reflections.update', {
      id: reflection.id,
      baseUpdatedAt: base,
      body: 'text from window A'
    })
    expect(fromA.notice?.kind).toBe('conflict_copy')
    expect(fromA.reflection).toMatchObject({ body: 'text from window A', deletedAt: null })
    const copyId = fromA.notice?.kind === 'conflict_copy' ? fromA.notice.copyId : ''
    expect(await api.ok('reflections.get', { id: copyId })).toMatchObject({ body: 'text from window B' })
  })

  it('a save that races a delete brings the reflection back with the new text', async () => {
    const { reflection } = await api.ok('reflections.create', {
      kind: 'general',
      date: '2026-11-27',
      body: 'before'
    })
    await api.ok('reflections.delete', { id: reflection.id })
    const saved = await api.ok('reflections.update', {
      id: reflection.id,
      baseUpdatedAt: reflection.updatedAt,
      body: 'after'
    })
    expect(saved.notice).toEqual({ kind: 'restored_from_trash' })
    expect(saved.reflection).toMatchObject({ body: 'after', deletedAt: null })
  })

  it('moves a reflection and its action items to the trash and restores them together', async () => {
    const { reflection } = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: anaId,
      date: '2026-11-27'
    })
    await api.ok('actionItems.create', {
      memberId: anaId,
      reflectionId: reflection.id,
      owner: 'them',
      text: 'Draft the plan'
    })
    await api.ok('reflections.delete', { id: reflection.id })
    expect((await api.ok('reflections.list', {})).items).toEqual([])
    expect(await api.ok('actionItems.list', { memberId: anaId })).toEqual([])
    expect((await api.ok('trash.list', {})).map((item) => item.kind)).toEqual(['reflection'])

    await api.ok('reflections.restore', { id: reflection.id })
    expect((await api.ok('reflections.list', {})).items).toHaveLength(1)
    expect(await api.ok('actionItems.list', { memberId: anaId })).toHaveLength(1)
    expect(await api.ok('trash.list', {})).toEqual([])
  })

  it('answers not_found for unknown ids', async () => {
    for (const channel of ['reflections.get', 'reflections.delete', 'reflections.restore'] as const) {
      expect(await api.send(channel, { id: UNKNOWN_ID })).toMatchObject({
        ok: false,
        error: { code: 'not_found' }
      })
    }
    const update = await api.send('reflections.update', {
      id: UNKNOWN_ID,
      baseUpdatedAt: new Date().toISOString(),
      body: 'x'
    })
    expect(update).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('keeps a trashed member’s reflections readable', async () => {
    const { reflection } = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: anaId,
      date: '2026-11-27',
      body: 'kept'
    })
    await api.ok('members.delete', { id: anaId })
    expect(await api.ok('reflections.get', { id: reflection.id })).toMatchObject({
      body: 'kept',
      memberName: 'Ana Lima'
    })
    expect((await api.ok('reflections.list', {})).items).toHaveLength(1)
  })

  it('lists newest first, filters by member, tag, kind and dates, and pages without gaps or repeats', async () => {
    const ben = (await api.ok('members.create', { name: 'Ben' })).id
    for (let day = 1; day <= 30; day += 1) {
      const date = `2026-11-${String(day).padStart(2, '0')}`
      await api.ok('reflections.create', {
        kind: day % 3 === 0 ? 'general' : 'one_on_one',
        memberId: day % 2 === 0 ? anaId : ben,
        date,
        tags: day % 5 === 0 ? ['five'] : []
      })
    }
    const all = []
    let after: { date: string; id: string } | undefined
    do {
      const page = await api.ok('reflections.list', { limit: 7, ...(after ? { after } : {}) })
      all.push(...page.items)
      after = page.next ?? undefined
    } while (after)
    expect(all.map((item) => item.date)).toEqual(
      Array.from({ length: 30 }, (_, i) => `2026-11-${String(30 - i).padStart(2, '0')}`)
    )
    expect((await api.ok('reflections.list', { memberId: anaId })).items).toHaveLength(15)
    expect((await api.ok('reflections.list', { tag: 'FIVE' })).items.map((item) => item.date)).toEqual([
      '2026-11-30',
      '2026-11-25',
      '2026-11-20',
      '2026-11-15',
      '2026-11-10',
      '2026-11-05'
    ])
    expect((await api.ok('reflections.list', { kind: 'general' })).items).toHaveLength(10)
    expect((await api.ok('reflections.list', { from: '2026-11-10', to: '2026-11-12' })).items).toHaveLength(3)
  })
})
