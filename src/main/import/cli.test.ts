import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedJournal } from '../../../scripts/lib/seed'
import { journalPathIn } from '../config/paths'
import { closeJournal, openJournal } from '../db/open'
import { filesIn, hostileJournal, journalSnapshot } from '../testing/hostileJournal'
import { tempDir } from '../testing/tempJournal'

const run = promisify(execFile)
const folder = tempDir('leap-import-cli-')
const scripts = join(import.meta.dirname, '../../../scripts')
const source = join(folder.dir, 'source')
const target = join(folder.dir, 'target')
const backups = join(folder.dir, 'backups')

/** The README's commands in a child process, as a user runs them: npm run -s export / import. */
async function cli(name: 'export' | 'import', args: string[]) {
  const { stdout } = await run(process.execPath, [join(scripts, 'cli.mjs'), name, ...args], {
    maxBuffer: 64 * 1024 * 1024
  })
  return JSON.parse(stdout) as Record<string, unknown>
}
const snapshotOf = (dataDir: string) => {
  const journal = openJournal(journalPathIn(dataDir))
  try {
    return journalSnapshot(journal.db)
  } finally {
    closeJournal(journal)
  }
}

beforeAll(() => {
  const journal = openJournal(journalPathIn(source))
  seedJournal(journal.db, { reflections: 1000, seed: 4 })
  hostileJournal(journal.db)
  closeJournal(journal)
}, 60_000)
afterAll(() => folder.cleanup())

describe('npm run import', () => {
  it('export, import into an empty journal, export again: the same bytes; again into the same journal: no change', async () => {
    const first = join(folder.dir, 'first')
    const again = join(folder.dir, 'again')
    await cli('export', ['--data-dir', source, '--out', first, '--no-exported-at'])

    mkdirSync(target)
    const dry = await cli('import', [
      '--data-dir',
      target,
      '--from',
      first,
      '--dry-run',
      '--backup-dir',
      backups
    ])
    expect(dry).toMatchObject({ dryRun: true, counts: { update: 0, unchanged: 0, skip: 0 } })
    // The preview is written nowhere: no journal is made where there was none.
    expect(readdirSync(target)).toEqual([])
    expect(snapshotOf(target)).toMatchObject({ reflections: [], members: [] })

    const imported = await cli('import', ['--data-dir', target, '--from', first, '--backup-dir', backups])
    expect(imported).toMatchObject({
      counts: { skip: 0 },
      backup: expect.stringMatching(/-before-import\.sqlite$/),
      backupFolder: backups
    })
    expect(readdirSync(backups)).toContain(imported.backup)

    await cli('export', ['--data-dir', target, '--out', again, '--no-exported-at'])
    const [before, after] = [filesIn(first), filesIn(again)]
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), path).toBe(true)

    const unchanged = snapshotOf(source)
    const same = await cli('import', ['--data-dir', source, '--from', first, '--backup-dir', backups])
    expect(same).toMatchObject({ counts: { create: 0, update: 0, skip: 0 } })
    expect(snapshotOf(source)).toEqual(unchanged)
  }, 180_000)

  it('says what is wrong in one sentence and exits with 1', async () => {
    mkdirSync(target, { recursive: true })
    const failure = run(process.execPath, [join(scripts, 'cli.mjs'), 'import', '--data-dir', target])
    await expect(failure).rejects.toMatchObject({
      code: 1,
      stderr: 'Give the folder (or CSV file) to import: --from <folder>\n'
    })
    const missing = run(process.execPath, [
      join(scripts, 'cli.mjs'),
      'import',
      '--data-dir',
      target,
      '--from',
      join(folder.dir, 'nowhere'),
      '--backup-dir',
      backups
    ])
    await expect(missing).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^The folder .*nowhere does not exist\.\n$/)
    })
    // A journal folder that is not there (a typo) starts no journal and writes no backup.
    const typo = join(folder.dir, 'tagret')
    const mistyped = run(process.execPath, [
      join(scripts, 'cli.mjs'),
      'import',
      '--data-dir',
      typo,
      '--from',
      folder.dir,
      '--backup-dir',
      join(folder.dir, 'typo-backups')
    ])
    await expect(mistyped).rejects.toMatchObject({
      code: 1,
      stderr: `There is no folder ${typo}. Check the journal folder you gave; to import into a new journal, make the folder first.\n`
    })
    expect(existsSync(typo)).toBe(false)
    expect(existsSync(join(folder.dir, 'typo-backups'))).toBe(false)

    // A --map that matches no one the notes name is said, not dropped.
    const notes = join(folder.dir, 'zed-notes')
    mkdirSync(notes)
    writeFileSync(join(notes, '2026-05-04 Zed.md'), '---\nperson: Zed Quill\n---\nWe talked.\n')
    const mapped = (pair: string) =>
      run(process.execPath, [
        join(scripts, 'cli.mjs'),
        'import',
        '--data-dir',
        target,
        '--from',
        notes,
        '--map',
        pair,
        '--dry-run'
      ])
    await expect(mapped('Ana=Nobody')).rejects.toMatchObject({
      code: 1,
      stderr:
        '--map: the notes name no one called "Ana" whom your journal does not know. Those it does not know: "Zed Quill".\n'
    })
    await expect(mapped('Zed Quill=Nobody')).rejects.toMatchObject({
      code: 1,
      stderr: 'No one named "Nobody".\n'
    })
  }, 60_000)

  it('says in words when another program holds the journal, and imports nothing', async () => {
    const held = join(folder.dir, 'held')
    const notes = join(folder.dir, 'held-notes')
    await cli('export', ['--data-dir', source, '--out', notes])
    closeJournal(openJournal(journalPathIn(held)))
    const other = new Database(journalPathIn(held))
    other.exec('BEGIN IMMEDIATE')
    try {
      const importing = run(process.execPath, [
        join(scripts, 'cli.mjs'),
        'import',
        '--data-dir',
        held,
        '--from',
        notes,
        '--backup-dir',
        backups
      ])
      await expect(importing).rejects.toMatchObject({
        code: 1,
        stderr: `Nothing was imported: another program is using your journal (${journalPathIn(held)}) (a second copy of Leap, Leap's command line or a backup tool). Your journal is as it was. Close that program or wait until it has finished, then try again.\n`
      })
    } finally {
      other.exec('ROLLBACK')
      other.close()
    }
    expect(snapshotOf(held)).toMatchObject({ reflections: [], members: [] })
  }, 60_000)
})
