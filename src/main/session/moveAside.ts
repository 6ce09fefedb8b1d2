import { existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

const SIDE_FILES = ['', '-wal', '-shm'] as const

/**
 * Moves a journal and its -wal and -shm out of the way by renaming them (never copying, never opening), so
 * nothing can replay a WAL into them or write to them again. They keep their pairing: the moved journal
 * still opens, with its WAL, in any SQLite tool. Returns the journal's new path, or null if it was not there.
 */
export function moveJournalAside(
  path: string,
  label: 'damaged' | 'newer' | 'replaced',
  at = new Date()
): string | null {
  if (!existsSync(path)) return null
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '')
  const stem = basename(path).replace(/\.sqlite$/, '')
  let target = join(dirname(path), `${stem}-${label}-${stamp}.sqlite`)
  for (let n = 2; SIDE_FILES.some((suffix) => existsSync(`${target}${suffix}`)); n += 1) {
    target = join(dirname(path), `${stem}-${label}-${stamp}-${n}.sqlite`)
  }
  for (const suffix of SIDE_FILES) {
    if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${target}${suffix}`)
  }
  // The marker of an unclean session belonged to the journal that has just moved away.
  rmSync(`${path}.open`, { force: true })
  return target
}
