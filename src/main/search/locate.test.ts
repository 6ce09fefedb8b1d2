import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempJournal } from '../testing/tempJournal'
import { insertReflection } from '../testing/rows'
import { MAX_LOCATED, markLocated, termPattern, termsOf } from './locate'
import { toMatchExpression } from './query'

const marks = (text: string, query: string) => {
  const pattern = termPattern(termsOf(toMatchExpression(query)!))!
  return markLocated(text, pattern, '[', ']')
}

describe('locating matches in a long text', () => {
  it('reads the words and phrases of a MATCH expression', () => {
    expect(termsOf('"two words" "caf""e"* "x"')).toEqual([
      { tokens: ['two', 'words'], prefix: false },
      { tokens: ['caf', 'e'], prefix: true },
      { tokens: ['x'], prefix: false }
    ])
  })

  it('matches whole words in any case and without accents, phrases across punctuation, prefixes whole', () => {
    expect(marks('At the Café, a cafeteria; CAFE and cafe\u0301.', 'cafe ')).toBe(
      'At the [Café], a cafeteria; [CAFE] and [cafe\u0301].'
    )
    expect(marks('Two, words and two  words; two wordsmiths', '"two words"')).toBe(
      '[Two, words] and [two  words]; two wordsmiths'
    )
    expect(marks('Deleg: delegation, Délégué', 'deleg')).toBe('[Deleg]: [delegation], [Délégué]')
  })

  it('marks a bounded number of matches, and none that start after the limit given', () => {
    const text = 'the '.repeat(MAX_LOCATED * 3)
    expect(marks(text, 'the ').split('[').length - 1).toBe(MAX_LOCATED)
    const pattern = termPattern(termsOf('"the"'))!
    expect(markLocated('the the the', pattern, '[', ']', 4)).toBe('[the] the the')
  })
})

describe('agreement with FTS5', () => {
  let journal: ReturnType<typeof tempJournal>
  beforeAll(() => (journal = tempJournal()))
  afterAll(() => journal.cleanup())

  it('marks what FTS5 highlight() marks, on texts FTS5 can highlight', { timeout: 30_000 }, () => {
    journal.db.exec('BEGIN') // one transaction: a commit per text is slow, and nothing needs to last
    const letter = fc.constantFrom('a', 'e', 'é', 'E', 'É', 'o', 'ö', 'Ö', 'c', 'ç', 'n', 'ñ')
    const word = fc.array(letter, { minLength: 1, maxLength: 4 }).map((letters) => letters.join(''))
    const gap = fc.constantFrom(' ', ', ', '-', '\n', ' (', '. ')
    const text = fc
      .array(fc.tuple(word, gap), { minLength: 1, maxLength: 30 })
      .map((parts) => parts.flat().join(''))
    fc.assert(
      fc.property(text, word, fc.boolean(), (body, query, prefix) => {
        const match = toMatchExpression(prefix ? query : `${query} `)
        if (!match) return
        const id = insertReflection(journal.db, { title: 't', body })
        const fromFts = journal.db
          .prepare(
            `SELECT highlight(reflections_fts, 1, '[', ']') FROM reflections_fts
             WHERE reflections_fts MATCH ? AND rowid = (SELECT rowid FROM reflections WHERE id = ?)`
          )
          .pluck()
          .get(match, id) as string | undefined
        journal.db.prepare('DELETE FROM reflections WHERE id = ?').run(id)
        const located = markLocated(body, termPattern(termsOf(match))!, '[', ']')
        expect(located).toBe(fromFts ?? body)
      }),
      { seed: 20261201, numRuns: 300 }
    )
    journal.db.exec('ROLLBACK')
  })
})
