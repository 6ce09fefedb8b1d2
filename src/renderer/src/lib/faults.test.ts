import { describe, expect, it } from 'vitest'
import { FAULT_CODES } from '../../../shared/ipc/envelope'
import { LeapCallError } from './api'
import { faultOf, faultPhrase } from './faults'

describe('faults in the renderer', () => {
  it('has a few words for every fault main can answer with, and none for other failures', () => {
    for (const code of FAULT_CODES) {
      const error = new LeapCallError({ code, message: 'Not saved: …' })
      expect(faultOf(error)).toBe(code)
      expect(faultPhrase(code)).toMatch(/^[a-zA-Z]/)
    }
    expect(faultPhrase('disk_full')).toBe('the disk is full')
    expect(faultOf(new LeapCallError({ code: 'invalid_input', message: 'x' }))).toBeNull()
    expect(faultOf(new Error('x'))).toBeNull()
  })
})
