import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES, Preferences } from './settings'

describe('preferences', () => {
  it('start at the defaults the window runs on when the settings cannot be read', () => {
    expect(Preferences.parse({})).toEqual(DEFAULT_PREFERENCES)
  })
})
