import { describe, expect, it } from 'vitest'
import { plainMarkdown } from './plainText'
import { MARK_END, MARK_START, snippetOf } from './snippet'

const m = (word: string) => `${MARK_START}${word}${MARK_END}`

describe('search results as plain text', () => {
  it('shows a link by its text, and keeps the match marked inside it', () => {
    const parts = snippetOf([`Read the ${m('notes')} in [${m('notes')}](notes.md) before Friday.`], null)
    expect(parts.map((part) => part.text).join('')).toBe('Read the notes in notes before Friday.')
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['notes', 'notes'])
  })

  it('takes out headings, quotes, bullets, task boxes, emphasis and code marks', () => {
    const body = [
      '## Plan',
      '> She said **no** to _the_ ~~old~~ plan',
      '- [x] ship `v2` now',
      '* item',
      '12. step',
      '![diagram](chart.png) and <https://example.com>'
    ].join('\n')
    expect(plainMarkdown(body)).toBe(
      [
        'Plan',
        'She said no to the old plan',
        'ship v2 now',
        'item',
        'step',
        'diagram and https://example.com'
      ].join('\n')
    )
  })

  it('leaves what only looks like syntax inside words and sentences', () => {
    expect(plainMarkdown('snake_case_name and 3 * 4 = 12 and a-b')).toBe(
      'snake_case_name and 3 * 4 = 12 and a-b'
    )
    expect(plainMarkdown(`**${m('bold')}** word`)).toBe(`${m('bold')} word`)
  })
})
