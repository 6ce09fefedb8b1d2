import { join } from 'node:path'
import { writeBackupSync } from '../../src/main/backup/backups'
import { openJournal } from '../../src/main/db/open'
import { createMember } from '../../src/main/journal/members'
import { damage, writeJournalWithNotes } from '../../src/main/testing/damagedJournals'
import { APP_URL } from '../harness/fixture'
import { expect, shoot, test } from './shots'

const DAY = 86_400_000

for (const colorScheme of ['light', 'dark'] as const) {
  test(`backups screen (${colorScheme})`, async ({ page, openApp, session }) => {
    await page.emulateMedia({ colorScheme })
    createMember(session.journal!.db, { name: 'Ana Lima', notes: 'Prefers written feedback.' })
    const now = Date.now()
    for (const [ago, reason] of [
      [40, 'daily'],
      [9, 'daily'],
      [2, 'before-migration'],
      [1, 'daily']
    ] as const) {
      writeBackupSync(session.journal!.db, session.backupDir, reason, new Date(now - ago * DAY))
    }
    await session.backup('manual')
    await openApp('/backups')
    await expect(page.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toHaveCount(5)
    await shoot(page, `backups-${colorScheme}`)
  })

  test.describe(() => {
    test.use({
      prepareDataDir: async ({}, use) =>
        use(({ dataDir, backupDir }) => {
          const path = join(dataDir, 'leap.sqlite')
          writeJournalWithNotes(path, 3)
          const journal = openJournal(path)
          writeBackupSync(journal.db, backupDir, 'daily', new Date(Date.now() - DAY))
          journal.db.close()
          damage.garbagePage(path)
        })
    })

    test(`recovery screen (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await page.goto(`${APP_URL}/#/team`)
      await expect(page.getByRole('button', { name: /^Restore the backup from / })).toBeVisible()
      await shoot(page, `recovery-${colorScheme}`)
    })
  })
}
