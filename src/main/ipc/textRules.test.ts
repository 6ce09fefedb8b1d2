import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { textProblem } from '../../shared/domain/text'
import { dispatchFor } from '../testing/dispatchFor'
import { tempJournal } from '../testing/tempJournal'

/**
 * docs/RELIABILITY.md F10: text is stored exactly or refused with a reason, never changed on the way, and the
 * door (the IPC schemas and the text rule) and the database agree: the same strings go to both.
 */
let journal: ReturnType<typeof tempJournal>
beforeAll(() => (journal = tempJournal()))
afterAll(() => journal.cleanup())

// Characters where the two could part: NUL, controls at both ends of both ranges and those that are allowed,
// halves of surrogate pairs, and ordinary, accented, astral, format and non-characters.
const tricky = fc.constantFrom(
  ...['\u0000', '\u0001', '\u0007', '\u0008', '\t', '\n', '\u000b', '\u000c', '\r', '\u001f', '\u007f'],
  ...['\u0080', '\u0085', '\u009f', '\u00a0', '\ud800', '\udbff', '\udc00', '\udfff', '\u202e', '\u200b'],
  ...['\ufeff', '\uffff', 'a', 'é', ' ', '😀', '"', "'", '%', '_', '*', '[']
)
const text = fc.oneof(
  fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 12 })
)
const SEED = 20261201
const RUNS = 600

/** What the door does with a free text: trims it and stores "nothing" as null. */
const stored = (value: string) => value.trim() || null
function refuses(write: () => unknown): boolean {
  try {
    write()
    return false
  } catch {
    return true
  }
}

const wellFormed = (value: string) =>
  !/[\ud800-\udfff]/.test(value.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))

describe('text through the door', { timeout: 30_000 }, () => {
  it('is stored exactly when the rule allows it, and refused with a reason otherwise', async () => {
    const { send } = dispatchFor(journal)
    await fc.assert(
      fc.asyncProperty(text, text, async (name, notes) => {
        const answer = await send('members.create', { name: `Ana ${name}`, notes })
        const allowed = textProblem(`Ana ${name}`) === null && textProblem(notes) === null
        expect(answer.ok, JSON.stringify({ name, notes, answer })).toBe(allowed)
        if (!answer.ok) {
          expect(answer.error.code).toBe('invalid_input')
          expect(answer.error.message).toMatch(/Remove it and try again/)
          return
        }
        const row = journal.db.prepare('SELECT name, notes FROM members WHERE id = ?').get(answer.data.id)
        expect(row).toEqual({ name: `Ana ${name}`.trim(), notes: stored(notes) })
      }),
      { seed: SEED, numRuns: RUNS }
    )
  })

  it('is refused by the database exactly where the door refuses it', () => {
    const insert = journal.db.prepare(
      `INSERT INTO members (id, name, created_at, updated_at) VALUES (lower(hex(randomblob(16))), ?, 't', 't')`
    )
    const rename = journal.db.prepare(
      `UPDATE members SET name = ? WHERE rowid = (SELECT max(rowid) FROM members)`
    )
    // One transaction for all the writes (a refused statement rolls back alone): a commit each is slow.
    journal.db.exec('BEGIN')
    insert.run('Ana')
    fc.assert(
      fc.property(
        // The database never sees half a surrogate: better-sqlite3 writes UTF-8, so only whole characters.
        text.filter(wellFormed),
        (value) => {
          const name = `Ana ${value}`
          const doorRefuses = textProblem(name) !== null
          expect(
            refuses(() => insert.run(name)),
            JSON.stringify(name)
          ).toBe(doorRefuses)
          expect(
            refuses(() => rename.run(name)),
            JSON.stringify(name)
          ).toBe(doorRefuses)
        }
      ),
      { seed: SEED, numRuns: RUNS }
    )
    journal.db.exec('ROLLBACK')
  })

  it('names the character and where it is', () => {
    expect(textProblem('\u0000Ana')).toMatch(/a NUL character \(U\+0000, at character 1\)/)
    expect(textProblem('Ana\u0007')).toMatch(/a bell character \(U\+0007, at character 4\)/)
    expect(textProblem('Ana\u0001')).toMatch(/an invisible control character \(U\+0001, at character 4\)/)
    expect(textProblem('Ana \ud83d')).toMatch(/half of a character/)
    expect(textProblem('Ana\tLima\r\n😀')).toBeNull()
  })
})
