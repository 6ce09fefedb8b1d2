import fc from 'fast-check'
import { dump } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { frontMatter } from './noteFormat'

/** What js-yaml writes for the same fields, with the options frontMatter documents. */
const byJsYaml = (fields: Record<string, unknown>) =>
  `---\n${dump(fields, { forceQuotes: true, quotingType: '"', lineWidth: -1, noRefs: true })}---\n`

const scalar = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(
      '"',
      '\\',
      ' ',
      'a',
      ':',
      '#',
      '-',
      '\n',
      '\t',
      '\x7f',
      '\u0085',
      '\u00a0',
      '\u2028',
      '\ufeff'
    )
  }),
  fc.constantFrom(
    'yes',
    'no',
    'on',
    'off',
    'y',
    'null',
    '~',
    '1:1',
    '2024-01-01',
    '0x10',
    '.inf',
    '',
    ' lead'
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null)
)
const key = fc.oneof(
  fc.constantFrom('title', 'member-id', 'tags', 'exported-at', 'yes', 'on', 'null', 'a b', 'x:y', '1'),
  fc.string()
)

describe('front matter', () => {
  it('is byte for byte what js-yaml writes, whatever the fields hold', () => {
    fc.assert(
      fc.property(fc.dictionary(key, fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }))), (fields) => {
        expect(frontMatter(fields)).toBe(byJsYaml(fields))
      }),
      { numRuns: 3000 }
    )
  })

  it('quotes every string, so YAML 1.1 readers do not take text for numbers, booleans or dates', () => {
    const fields = {
      title: '1:1',
      mood: 3,
      kind: 'yes',
      date: '2024-01-01',
      tags: ['a "b"', 'c\\d'],
      none: []
    }
    expect(frontMatter(fields)).toBe(
      '---\ntitle: "1:1"\nmood: 3\nkind: "yes"\ndate: "2024-01-01"\ntags:\n  - "a \\"b\\""\n  - "c\\\\d"\nnone: []\n---\n'
    )
  })
})
