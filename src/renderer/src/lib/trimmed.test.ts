import { describe, expect, it } from 'vitest'
import { trimNotice } from './trimmed'

describe('what trimming a name removed', () => {
  it('says so for invisible characters at either end', () => {
    expect(trimNotice('\u00a0Ana Lima', 'Ana Lima')).toBe(
      'Saved as “Ana Lima”: Leap removed a no-break space at the start.'
    )
    expect(trimNotice('\ufeffAna\u2028', 'Ana')).toBe(
      'Saved as “Ana”: Leap removed an invisible byte-order mark at the start and a line separator at the end.'
    )
    expect(trimNotice('\u2007Ana', 'Ana')).toBe(
      'Saved as “Ana”: Leap removed an invisible character (U+2007) at the start.'
    )
  })

  it('says what became of the text', () => {
    expect(trimNotice('growth\ufeff', 'growth', 'Added the tag')).toBe(
      'Added the tag “growth”: Leap removed an invisible byte-order mark at the end.'
    )
  })

  it('stays quiet for ordinary spaces and untouched names', () => {
    expect(trimNotice('  Ana Lima \n', 'Ana Lima')).toBeNull()
    expect(trimNotice('Ana\u00a0Lima', 'Ana\u00a0Lima')).toBeNull()
  })
})
