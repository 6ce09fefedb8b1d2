import { describe, expect, it } from 'vitest'
import { initials } from './initials'

describe('initials', () => {
  it('takes the first and last words, leaving out what is in brackets', () => {
    expect(initials('Ana Lima (sample)')).toBe('AL')
    expect(initials('Bruno [contractor] Costa')).toBe('BC')
    expect(initials('María José de la Cruz')).toBe('MC')
    expect(initials('ana')).toBe('A')
  })

  it('never shows punctuation, symbols or digits', () => {
    expect(initials('$(rm -rf ~)')).toBeNull()
    expect(initials('"Ana" — Lima!')).toBe('AL')
    expect(initials("O'Brien")).toBe('O')
    expect(initials('2nd Shift Lead')).toBe('NL')
    expect(initials('   ')).toBeNull()
    expect(initials('🚀')).toBeNull()
  })

  it('keeps a letter whole with its accent, in any script', () => {
    expect(initials('e\u0301lodie Durand')).toBe('E\u0301D')
    expect(initials('李 小龍')).toBe('李小')
    expect(initials('Ølga Åberg')).toBe('ØÅ')
  })
})
