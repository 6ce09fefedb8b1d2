import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SearchResult, type SearchHit, type SearchKind, type SearchQuery } from '../../shared/domain/search'
import { createDispatch } from '../ipc/dispatch'
import {
  insertActionItem,
  insertCheckin,
  insertDelegation,
  insertMember,
  insertReflection
} from '../testing/rows'
import { eachTempJournal } from '../testing/tempJournal'
import { search } from './search'

const journal = eachTempJournal()

const TODAY = '2026-06-30'
const find = (text: string, options: Omit<SearchQuery, 'text'> = {}) =>
  search(journal.db, { text, ...options }, TODAY)
const hits = (text: string, kind: SearchKind = 'reflection', options: Omit<SearchQuery, 'text'> = {}) =>
  find(text, options).groups.find((group) => group.kind === kind)?.hits ?? []
const titles = (text: string, options: Omit<SearchQuery, 'text'> = {}) =>
  hits(text, 'reflection', options).map((hit) => hit.title)
const highlighted = (hit: SearchHit) => hit.snippet.filter((part) => part.match).map((part) => part.text)

describe('ranking', () => {
  it('puts a word in the title above the same word in the body, and more mentions above fewer', () => {
    insertReflection(journal.db, { title: 'Weekly notes', body: 'We spoke about ownership once.' })
    insertReflection(journal.db, { title: 'Ownership', body: 'Short entry.' })
    insertReflection(journal.db, {
      title: 'Another week',
      body: 'Ownership, ownership: she took ownership of the release.'
    })
    expect(titles('ownership')).toEqual(['Ownership', 'Another week', 'Weekly notes'])
  })

  it('favours recent entries when the match is as good, but a much better old match still wins', () => {
    insertReflection(journal.db, { title: 'Old', body: 'Talked about hiring.', date: '2019-03-01' })
    insertReflection(journal.db, { title: 'Recent', body: 'Talked about hiring.', date: '2026-06-01' })
    expect(titles('hiring')).toEqual(['Recent', 'Old'])

    insertReflection(journal.db, { title: 'Budget', body: 'Budget, budget, budget.', date: '2022-01-10' })
    insertReflection(journal.db, {
      title: 'Recent mention',
      body: 'A long entry about many things: the roadmap, the team offsite, a budget line, travel, hiring plans.',
      date: '2026-06-20'
    })
    expect(titles('budget')).toEqual(['Budget', 'Recent mention'])
  })

  it('groups results by kind, in a fixed order, each with where it opens', () => {
    const ana = insertMember(journal.db, { name: 'Ana Lima', notes: 'Wants to lead the migration.' })
    const delegation = insertDelegation(journal.db, {
      memberId: ana,
      title: 'Run the migration',
      successCriteria: ['Migration done by May', 'No downtime']
    })
    insertCheckin(journal.db, { delegationId: delegation, progress: 'Migration half done.' })
    insertActionItem(journal.db, { memberId: ana, text: 'Share the migration plan' })
    insertReflection(journal.db, { title: 'Migration worries', memberId: ana })

    const result = find('migration')
    expect(result.groups.map((group) => group.kind)).toEqual([
      'member',
      'reflection',
      'delegation',
      'checkin',
      'action_item'
    ])
    const [member, reflection, deleg, checkin, item] = result.groups.map((group) => group.hits[0]!)
    expect(member).toMatchObject({ id: ana, title: 'Ana Lima', memberId: ana, date: null })
    expect(reflection).toMatchObject({ title: 'Migration worries', memberName: 'Ana Lima' })
    expect(deleg).toMatchObject({ id: delegation, title: 'Run the migration', memberId: ana })
    expect(checkin).toMatchObject({ delegationId: delegation, title: 'Run the migration', memberId: ana })
    expect(item).toMatchObject({ title: 'Share the migration plan', memberId: ana })
    // Success criteria are indexed as text: the snippet shows no JSON brackets or quotes.
    expect(
      hits('downtime', 'delegation')[0]!
        .snippet.map((part) => part.text)
        .join('')
    ).not.toMatch(/[[\]"]/)
  })
})

describe('matching and highlighting', () => {
  it('highlights the matching words in a snippet, ignoring case and diacritics both ways', () => {
    insertReflection(journal.db, { title: 'Coffee', body: 'We met at the Café and she felt naïve about it.' })
    const [hit] = hits('cafe naive ')
    expect(highlighted(hit!)).toEqual(['Café', 'naïve'])
    expect(hit!.snippet.map((part) => part.text).join('')).toContain('We met at the Café and she felt naïve')
    expect(titles('CAFÉ ')).toEqual(['Coffee'])
  })

  it('gives each hit the snippet of its own entry', () => {
    insertReflection(journal.db, { title: 'A', body: 'Ana led the release rollback.', date: '2026-05-04' })
    insertReflection(journal.db, { title: 'B', body: 'Ben owns the release notes.', date: '2026-04-21' })
    expect(hits('release ').map((hit) => [hit.title, hit.snippet.map((part) => part.text).join('')])).toEqual(
      [
        ['A', 'Ana led the release rollback.'],
        ['B', 'Ben owns the release notes.']
      ]
    )
  })

  it('gives a later page the snippets of its own hits, not of the matches around them', () => {
    // Strong and weak matches alternate, so each page's rows lie between rows of the other pages.
    for (let n = 0; n < 12; n += 1) {
      const release = n % 2 === 0 ? 'release, release and release' : 'release'
      insertReflection(journal.db, { title: `Entry ${n}`, body: `Number${n} is about the ${release}.` })
    }
    const secondPage = hits('release ', 'reflection', { limit: 3, offset: 3 })
    expect(secondPage).toHaveLength(3)
    for (const hit of secondPage) {
      const n = hit.title.split(' ')[1]
      expect(hit.snippet.map((part) => part.text).join('')).toMatch(new RegExp(`^Number${n} is about`))
    }
    expect(secondPage.map((hit) => hit.title)).toEqual(
      hits('release ', 'reflection', { limit: 6 })
        .slice(3)
        .map((hit) => hit.title)
    )
  })

  it('matches the last word as a prefix while typing, and quoted phrases exactly', () => {
    insertReflection(journal.db, { title: 'A', body: 'I held back and let her decide.' })
    insertReflection(journal.db, { title: 'B', body: 'I stepped in; nothing was held, we went back.' })
    expect(highlighted(hits('deci')[0]!)).toEqual(['decide'])
    expect(titles('"held back"')).toEqual(['A'])
    expect(titles('held back ').sort()).toEqual(['A', 'B'])
  })

  it('needs every word: a word missing from an entry leaves it out', () => {
    insertReflection(journal.db, { title: 'A', body: 'trust and feedback' })
    insertReflection(journal.db, { title: 'B', body: 'trust only' })
    expect(titles('trust feedback')).toEqual(['A'])
  })

  it('filters by member and by date range; a date range leaves members out', () => {
    const ana = insertMember(journal.db, { name: 'Ana', notes: 'roadmap owner' })
    const ben = insertMember(journal.db, { name: 'Ben' })
    insertReflection(journal.db, { title: 'Ana early', body: 'roadmap', memberId: ana, date: '2025-01-10' })
    insertReflection(journal.db, { title: 'Ana late', body: 'roadmap', memberId: ana, date: '2026-03-10' })
    insertReflection(journal.db, { title: 'Ben', body: 'roadmap', memberId: ben, date: '2026-03-11' })
    expect(titles('roadmap', { memberId: ana }).sort()).toEqual(['Ana early', 'Ana late'])
    expect(titles('roadmap', { from: '2026-01-01', to: '2026-12-31' }).sort()).toEqual(['Ana late', 'Ben'])
    expect(titles('roadmap', { memberId: ana, to: '2025-12-31' })).toEqual(['Ana early'])
    expect(find('roadmap', { from: '2026-01-01' }).groups.map((group) => group.kind)).toEqual(['reflection'])
  })

  it('pages through results', () => {
    for (let day = 1; day <= 25; day += 1)
      insertReflection(journal.db, {
        title: `Day ${day}`,
        body: 'standup',
        date: `2026-05-${String(day).padStart(2, '0')}`
      })
    const first = find('standup', { limit: 10 }).groups[0]!
    const last = find('standup', { limit: 10, offset: 20 }).groups[0]!
    expect(first).toMatchObject({ hasMore: true })
    expect(first.hits[0]!.title).toBe('Day 25')
    expect(last.hits.map((hit) => hit.title)).toEqual(['Day 5', 'Day 4', 'Day 3', 'Day 2', 'Day 1'])
    expect(last.hasMore).toBe(false)
  })
})

describe('the index stays in sync', () => {
  const integrityCheck = () => {
    for (const table of ['reflections', 'members', 'delegations', 'checkins', 'action_items'])
      journal.db.exec(`INSERT INTO ${table}_fts (${table}_fts, rank) VALUES ('integrity-check', 1)`)
  }

  it('through create, edit, delete to the trash, restore and purge', () => {
    const id = insertReflection(journal.db, { title: 'Offsite', body: 'Planning the offsite agenda.' })
    expect(titles('agenda')).toEqual(['Offsite'])

    journal.db.prepare(`UPDATE reflections SET body = 'Planning the offsite budget.' WHERE id = ?`).run(id)
    expect(titles('agenda')).toEqual([])
    expect(titles('budget')).toEqual(['Offsite'])
    journal.db.prepare(`UPDATE reflections SET mood = 4 WHERE id = ?`).run(id)
    expect(titles('budget')).toEqual(['Offsite'])

    journal.db.prepare(`UPDATE reflections SET deleted_at = ? WHERE id = ?`).run(TODAY, id)
    expect(titles('budget')).toEqual([])
    integrityCheck()

    journal.db.prepare(`UPDATE reflections SET deleted_at = NULL WHERE id = ?`).run(id)
    expect(titles('budget')).toEqual(['Offsite'])

    journal.db.prepare(`UPDATE reflections SET deleted_at = ? WHERE id = ?`).run(TODAY, id)
    journal.db.prepare(`DELETE FROM reflections WHERE id = ?`).run(id)
    insertReflection(journal.db, { title: 'Other', body: 'budget' })
    expect(titles('budget')).toEqual(['Other'])
    integrityCheck()
  })

  it('for every kind, including members in the trash', () => {
    const ana = insertMember(journal.db, { name: 'Ana Quist' })
    const delegation = insertDelegation(journal.db, { memberId: ana, title: 'Own the onboarding' })
    const checkin = insertCheckin(journal.db, { delegationId: delegation, progress: 'onboarding docs' })
    const item = insertActionItem(journal.db, { memberId: ana, text: 'Review onboarding' })
    journal.db.prepare(`UPDATE members SET name = 'Ana Rook' WHERE id = ?`).run(ana)
    expect(hits('quist', 'member')).toEqual([])
    expect(hits('rook', 'member')).toHaveLength(1)
    for (const [table, id] of [
      ['members', ana],
      ['delegations', delegation],
      ['checkins', checkin],
      ['action_items', item]
    ] as const)
      journal.db.prepare(`UPDATE ${table} SET deleted_at = ? WHERE id = ?`).run(TODAY, id)
    expect(find('onboarding rook').groups).toEqual([])
    expect(find('onboarding').groups).toEqual([])
    integrityCheck()
    journal.db.prepare(`UPDATE checkins SET deleted_at = NULL WHERE id = ?`).run(checkin)
    expect(find('onboarding').groups.map((group) => group.kind)).toEqual(['checkin'])
    integrityCheck()
  })
})

describe('any input', () => {
  it('returns results or none, never an error, whatever is typed', () => {
    insertReflection(journal.db, { title: 'Notes', body: 'AND OR NOT NEAR "quoted" col:umn * - ^ ( )' })
    const tricky = fc.constantFrom(
      '"',
      '*',
      'AND',
      'OR',
      'NOT',
      'NEAR(',
      '-',
      '^',
      ':',
      '(',
      ')',
      '{',
      '}',
      ' ',
      '\u0000',
      'é',
      'Ω',
      '🙂',
      'notes'
    )
    const typed = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join(''))
    )
    fc.assert(
      fc.property(typed, (text) => {
        expect(() => SearchResult.parse(find(text))).not.toThrow()
      }),
      { seed: 20261127, numRuns: 500 }
    )
  })

  it('is searched as text through the channel, and bad queries are refused with a message', async () => {
    insertReflection(journal.db, { title: 'Operators', body: 'AND NEAR quoted' })
    const dispatch = createDispatch({ journal, app: { name: 'Leap', version: '0', dataDir: journal.dir } })
    const found = await dispatch('search.query', { text: 'AND NEAR(' })
    expect(found).toMatchObject({
      ok: true,
      data: { groups: [{ kind: 'reflection', hits: [{ title: 'Operators' }] }] }
    })
    expect(await dispatch('search.query', { text: '"' })).toEqual({ ok: true, data: { groups: [] } })
    for (const bad of [
      { text: 'x', kinds: ['notes'] },
      { text: 'x', from: '2026-05-01', to: '2026-04-01' },
      { text: 'x', memberId: 'ana' },
      { text: 'x', limit: 1000 },
      { text: 'x'.repeat(501) },
      { text: 'x', sql: 'DROP TABLE reflections' },
      {}
    ])
      expect(await dispatch('search.query', bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' }
      })
    expect(
      await dispatch('search.query', { text: 'x', memberId: '00000000-0000-4000-8000-000000000000' })
    ).toEqual({ ok: true, data: { groups: [] } })
  })
})

describe('very long entries', () => {
  const sentence = 'The team talked about the roadmap and the trust it takes. '

  it('are found over their whole text; the snippet marks the words it shows', () => {
    const words = (count: number) => sentence.repeat(Math.ceil(count / sentence.length)).slice(0, count)
    insertReflection(journal.db, {
      title: 'A pasted document',
      body: `${words(1000)} The giraffe at the Café. ${words(300_000)} A zebra, at last.`
    })
    const [giraffe] = hits('giraffe')
    expect(highlighted(giraffe!)).toEqual(['giraffe'])
    expect(highlighted(hits('cafe')[0]!)).toEqual(['Café'])
    expect(highlighted(hits('gira')[0]!)).toEqual(['giraffe'])
    // Beyond what a snippet is cut from (locate.ts): found, shown from its beginning, nothing marked.
    const [zebra] = hits('zebra')
    expect(zebra?.title).toBe('A pasted document')
    expect(highlighted(zebra!)).toEqual([])
    expect(zebra!.snippet.map((part) => part.text).join('')).toMatch(/^The team talked about/)
  })

  it(
    'answer at once for a word in every sentence of a 5 MB reflection (the window froze for a minute)',
    { timeout: 20_000 },
    () => {
      insertReflection(journal.db, {
        title: 'Five megabytes',
        body: sentence.repeat(5_000_000 / sentence.length)
      })
      for (const text of ['the ', 'trust ', 'roa', '"the roadmap"']) {
        const [hit] = hits(text)
        expect(hit?.title, text).toBe('Five megabytes')
        expect(highlighted(hit!).length, text).toBeGreaterThan(0)
      }
    }
  )
})
