import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { tightenModes } from './private'

/**
 * Temporary files Leap writes while it works, each holding private text: a backup or a restore in progress
 * (a whole copy of the journal), a probe of the disk, settings being replaced. A process killed at the wrong
 * moment leaves them behind; the next start removes them (docs/RELIABILITY.md F8). Only these names are
 * ever removed.
 */
const LEFTOVERS = [
  /^\.leap-backup-[0-9a-f-]+\.partial(-wal|-shm|-journal)?$/,
  /^\.leap-restore-[0-9a-f-]+\.partial(-wal|-shm|-journal|\.open)?$/,
  /^\.leap-probe-[0-9a-f-]+\.tmp$/,
  /^\.settings\.json\.[0-9a-f-]+\.partial$/
]

/** Removes what an interrupted Leap left in these folders; returns the paths removed. */
export function removeLeftovers(folders: readonly string[]): string[] {
  const removed: string[] = []
  for (const folder of folders) {
    if (!existsSync(folder)) continue
    for (const name of readdirSync(folder)) {
      if (!LEFTOVERS.some((pattern) => pattern.test(name))) continue
      rmSync(join(folder, name), { force: true })
      removed.push(join(folder, name))
    }
  }
  return removed
}

/**
 * Folders and files made by an earlier Leap with the default umask (0755, 0644) become the user's alone:
 * the data and backups folders, the settings and every backup (docs/RELIABILITY.md F9). The journal and its
 * side files are tightened when they are opened.
 */
export function tightenFolders(folders: readonly string[]): void {
  for (const folder of folders) {
    if (!existsSync(folder)) continue
    tightenModes([
      folder,
      ...readdirSync(folder)
        .filter(isLeapFile)
        .map((name) => join(folder, name))
    ])
  }
}

const isLeapFile = (name: string) => /^leap-.*\.sqlite(-wal|-shm)?$/.test(name) || name === 'settings.json'
