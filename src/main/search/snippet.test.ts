import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plainMarkdown } from './plainText'
import { MARK_END, MARK_START, SNIPPET_CHARS, parseMarks, snippetOf } from './snippet'

/** `[word]` in these cases stands for a word FTS5 marked. */
const marked = (text: string) => text.replaceAll('[', MARK_START).replaceAll(']', MARK_END)
const show = (columns: (string | null)[], titleColumn: number | null = null) =>
  snippetOf(
    columns.map((column) => column && marked(column)),
    titleColumn
  )
    .map((part) => (part.match ? `[${part.text}]` : part.text))
    .join('')

const filler = (words: number, word = 'lorem') => Array.from({ length: words }, () => word).join(' ')

describe('snippets from highlighted columns', () => {
  it('shows a short column whole, with its matches marked', () => {
    expect(show(['We met at the [Café] and she felt [naïve].'])).toBe(
      'We met at the [Café] and she felt [naïve].'
    )
    expect(snippetOf([marked('a [b] c')], null)).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c', match: false }
    ])
  })

  it('cuts a long column between words around the best stretch, with ellipses where text was left out', () => {
    const text = `${filler(40)} before the [release] went out ${filler(40)}`
    const snippet = show([text])
    expect(snippet).toMatch(/^…lorem .*before the \[release\] went out lorem.*…$/)
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_CHARS + 2)
    // Whole words only: no word cut at either end.
    const words = new Set(['lorem', 'before', 'the', '[release]', 'went', 'out'])
    expect(
      snippet
        .replaceAll('…', '')
        .split(' ')
        .filter((word) => !words.has(word))
    ).toEqual([])
  })

  it('prefers a stretch with both words over an earlier one with only one of them', () => {
    const text = `[trust] ${filler(60)} we spoke of [trust] and [feedback] today ${filler(30)}`
    expect(show([text])).toContain('[trust] and [feedback] today')
  })

  it('prefers the column with the better stretch; on a tie, not the one shown as the title', () => {
    expect(show(['[Release] notes', 'Ana owns the [release] train.'], 0)).toBe(
      'Ana owns the [release] train.'
    )
    expect(show(['[Release] [plan]', 'Ana owns the [release] train.'], 0)).toBe('[Release] [plan]')
    expect(show([null, 'Only the [note] matched.', ''], null)).toBe('Only the [note] matched.')
  })

  it('never cuts inside a match, and marks every match it shows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('ab', 'cd é', 'x\ny', '  '), fc.string({ maxLength: 12 })), {
          maxLength: 60
        }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        (pieces, flags) => {
          const clean = pieces.map((piece) => piece.replaceAll(MARK_START, '').replaceAll(MARK_END, ''))
          const column = clean
            .map((piece, i) => (flags[i] && piece ? `${MARK_START}${piece}${MARK_END}` : piece))
            .join('')
          const parts = snippetOf([column], null)
          // The snippet is cut from the column as it reads once markdown's syntax is out (plainText.ts).
          const { text, matches } = parseMarks(plainMarkdown(column))
          const shown = parts.map((part) => part.text).join('')
          const body = shown.replace(/^…/, '').replace(/…$/, '')
          expect(text).toContain(body.trimEnd())
          for (const part of parts.filter((part) => part.match)) {
            expect(matches.map(([start, end]) => text.slice(start, end))).toContain(part.text)
          }
        }
      )
    )
  })
})
