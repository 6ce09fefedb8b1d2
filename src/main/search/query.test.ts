import { describe, expect, it } from 'vitest'
import { toMatchExpression } from './query'

describe('toMatchExpression', () => {
  it('quotes every word, ANDs them, and makes the last word a prefix while it is being typed', () => {
    expect(toMatchExpression('trust feedb')).toBe('"trust" "feedb"*')
    expect(toMatchExpression('trust feedback ')).toBe('"trust" "feedback"')
  })

  it('keeps quoted phrases, and an unclosed quote runs to the end as a phrase being typed', () => {
    expect(toMatchExpression('"held back" team')).toBe('"held back" "team"*')
    expect(toMatchExpression('"held back"')).toBe('"held back"')
    expect(toMatchExpression('team "held ba')).toBe('"team" "held ba"*')
  })

  it('searches FTS5 operators and punctuation as text, never as syntax', () => {
    expect(toMatchExpression('a AND b')).toBe('"a" "AND" "b"')
    expect(toMatchExpression('NEAR(x y)')).toBe('"NEAR(x" "y)"')
    expect(toMatchExpression('-team col:x *')).toBe('"-team" "col:x"')
    expect(toMatchExpression('"')).toBeNull()
    expect(toMatchExpression(' - * ( ) ')).toBeNull()
  })

  it('does not make a one-letter word a prefix, and drops control characters', () => {
    expect(toMatchExpression('plan a')).toBe('"plan" "a"')
    expect(toMatchExpression('a\u0000b')).toBe('"a" "b"')
  })
})
