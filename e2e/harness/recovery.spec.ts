import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { writeBackupSync } from '../../src/main/backup/backups'
import { openJournal } from '../../src/main/db/open'
import {
  damage,
  type Damage,
  writeJournalFromNewerLeap,
  writeJournalWithNotes
} from '../../src/main/testing/damagedJournals'
import { APP_URL, expect, test } from './fixture'

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const hashes = new Map<string, string>()

for (const kind of ['clobberedHeader', 'garbagePage', 'truncated'] satisfies Damage[]) {
  test.describe(`A damaged journal (${kind})`, () => {
    test.use({
      prepareDataDir: async ({}, use, testInfo) =>
        use(({ dataDir, backupDir }) => {
          const path = join(dataDir, 'leap.sqlite')
          writeJournalWithNotes(path, 5)
          // Yesterday's backup holds the notes; the journal is then damaged.
          const journal = openJournal(path)
          writeBackupSync(journal.db, backupDir, 'daily', new Date(Date.now() - 86_400_000))
          journal.db.close()
          damage[kind](path)
          hashes.set(testInfo.testId, sha256(path))
        })
    })

    test('shows the recovery screen, keeps the file byte for byte, and restores the newest good backup', async ({
      page,
      session
    }, testInfo) => {
      await page.goto(`${APP_URL}/#/team`)
      const main = page.getByRole('main')
      await expect(page.getByRole('heading', { name: 'Leap could not open your journal' })).toBeVisible()
      await expect(main).toContainText('the file is damaged or incomplete. Leap did not change it.')
      const movedTo = session.problem!.movedAsideTo!
      await expect(main).toContainText(movedTo)
      expect(sha256(movedTo)).toBe(hashes.get(testInfo.testId))

      await page.getByRole('button', { name: /^Restore the backup from / }).click()
      const team = page.getByRole('list', { name: 'Team members' })
      await expect(team.getByRole('listitem')).toHaveCount(5)
      expect(sha256(movedTo)).toBe(hashes.get(testInfo.testId))
    })
  })
}

test.describe('A journal from a newer Leap', () => {
  test.use({
    prepareDataDir: async ({}, use, testInfo) =>
      use(({ dataDir }) => {
        writeJournalFromNewerLeap(join(dataDir, 'leap.sqlite'))
        hashes.set(testInfo.testId, sha256(join(dataDir, 'leap.sqlite')))
      })
  })

  test('is left untouched; the leader reads why and can start a fresh journal', async ({
    page,
    dataDir
  }, testInfo) => {
    const path = join(dataDir, 'leap.sqlite')
    await page.goto(`${APP_URL}/#/team`)
    await expect(page.getByRole('heading', { name: 'This journal needs a newer Leap' })).toBeVisible()
    await expect(page.getByRole('main')).toContainText('Install the newer Leap to keep working.')
    await expect(page.getByRole('main')).toContainText('Leap found no backup it can restore.')
    expect(sha256(path)).toBe(hashes.get(testInfo.testId))
    // Every journal call is refused while the problem stands.
    const answer = await page.evaluate(() => window.leap['members.create']({ name: 'Eve' }))
    expect(answer).toMatchObject({ ok: false, error: { code: 'journal_unavailable' } })
    expect(sha256(path)).toBe(hashes.get(testInfo.testId))

    await page.getByRole('button', { name: 'Start a fresh journal' }).click()
    await page
      .getByRole('dialog', { name: 'Start a fresh journal?' })
      .getByRole('button', { name: 'Start fresh' })
      .click()
    await expect(page.getByRole('heading', { name: 'No one on your team yet' })).toBeVisible()
    const aside = readdirSync(dataDir).find((name) => name.startsWith('leap-newer-'))!
    const moved = new Database(join(dataDir, aside), { readonly: true })
    expect(moved.pragma('user_version', { simple: true })).toBe(99)
    moved.close()
  })
})
