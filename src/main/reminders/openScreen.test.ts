import { describe, expect, it } from 'vitest'
import { isReminderPath, openScreenScript } from './openScreen'

const id = '3f2a6c1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f'

describe('openScreenScript', () => {
  it('moves the page to the screen a reminder is about', () => {
    expect(openScreenScript(`/one-on-one/${id}`)).toBe(`window.location.hash = "/one-on-one/${id}"`)
    for (const path of [`/delegations/${id}`, '/actions', '/team?show=today'])
      expect(isReminderPath(path)).toBe(true)
  })

  it('refuses anything else, so no text can reach the page as code', () => {
    for (const path of [
      '/settings',
      `/one-on-one/${id}"; alert(1); "`,
      'javascript:alert(1)',
      `/delegations/x`
    ]) {
      expect(isReminderPath(path)).toBe(false)
      expect(() => openScreenScript(path)).toThrow(/cannot open/)
    }
  })
})
