import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { journalPathIn, resolveDataDir } from './paths'

describe('resolveDataDir', () => {
  const userData = '/home/ana/.config/Leap'

  it('uses the OS user-data folder by default', () => {
    expect(resolveDataDir([], {}, userData)).toBe(userData)
  })

  it('prefers LEAP_DATA_DIR, then --data-dir in either spelling', () => {
    expect(resolveDataDir([], { LEAP_DATA_DIR: '/tmp/env' }, userData)).toBe('/tmp/env')
    expect(
      resolveDataDir(['electron', '.', '--data-dir', '/tmp/arg'], { LEAP_DATA_DIR: '/tmp/env' }, userData)
    ).toBe('/tmp/arg')
    expect(resolveDataDir(['--data-dir=/tmp/eq'], {}, userData)).toBe('/tmp/eq')
  })

  it('resolves a relative folder from the current directory and ignores an empty flag', () => {
    expect(resolveDataDir(['--data-dir', 'journal'], {}, userData)).toBe(resolve('journal'))
    expect(resolveDataDir(['--data-dir'], { LEAP_DATA_DIR: '  ' }, userData)).toBe(userData)
  })

  it('keeps the journal in leap.sqlite inside that folder', () => {
    expect(journalPathIn('/tmp/x')).toBe(resolve('/tmp/x/leap.sqlite'))
  })
})
