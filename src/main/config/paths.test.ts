import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupDirProblem, defaultBackupDir, journalPathIn, resolveBackupDir, resolveDataDir } from './paths'

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

describe('the backups folder', () => {
  const home = '/home/ana'
  const dataDir = '/home/ana/.config/Leap'

  it('defaults to a folder of its own outside the user-data folder, per platform', () => {
    expect(defaultBackupDir('linux', {}, home)).toBe('/home/ana/.local/share/Leap Backups')
    expect(defaultBackupDir('linux', { XDG_DATA_HOME: '/data/ana' }, home)).toBe('/data/ana/Leap Backups')
    expect(defaultBackupDir('darwin', {}, home)).toBe('/home/ana/Library/Application Support/Leap Backups')
    expect(defaultBackupDir('win32', { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, home)).toContain(
      'Leap Backups'
    )
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(backupDirProblem(defaultBackupDir(platform, {}, home), { home, dataDir })).toBeNull()
    }
  })

  it('prefers --backup-dir, then LEAP_BACKUP_DIR, then the settings file', () => {
    const fallback = '/default'
    expect(resolveBackupDir([], {}, undefined, fallback)).toBe('/default')
    expect(resolveBackupDir([], {}, '/from-settings', fallback)).toBe('/from-settings')
    expect(resolveBackupDir([], { LEAP_BACKUP_DIR: '/env' }, '/from-settings', fallback)).toBe('/env')
    expect(resolveBackupDir(['--backup-dir', '/arg'], { LEAP_BACKUP_DIR: '/env' }, undefined, fallback)).toBe(
      '/arg'
    )
  })

  it('refuses the home folder itself and every folder above it', () => {
    expect(backupDirProblem('/home/ana', { home, dataDir })).toMatch(/home folder itself/)
    expect(backupDirProblem('/home/ana/', { home, dataDir })).toMatch(/home folder itself/)
    expect(backupDirProblem('/home', { home, dataDir })).toMatch(/home folder is inside it/)
    expect(backupDirProblem('/', { home, dataDir })).toMatch(/home folder is inside it/)
    expect(backupDirProblem('/home/ana/x/..', { home, dataDir })).toMatch(/home folder itself/)
  })

  it('refuses the data folder and anything inside it, which an uninstall may delete', () => {
    expect(backupDirProblem(dataDir, { home, dataDir })).toMatch(/uninstalling/)
    expect(backupDirProblem(`${dataDir}/backups`, { home, dataDir })).toMatch(/uninstalling/)
  })

  it('accepts a folder inside home, a sibling with a similar name, or another disk', () => {
    expect(backupDirProblem('/home/ana/Leap Backups', { home, dataDir })).toBeNull()
    expect(backupDirProblem('/home/ana2/backups', { home, dataDir })).toBeNull()
    expect(backupDirProblem('/home/ana/.config/Leap Backups', { home, dataDir })).toBeNull()
    expect(backupDirProblem('/mnt/usb/leap', { home, dataDir })).toBeNull()
  })
})
