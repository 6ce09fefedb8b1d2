import { writeBackupSync } from '../../src/main/backup/backups'
import { createMember } from '../../src/main/journal/members'
import { damageAfterBackup } from '../../src/main/testing/damagedJournals'
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
        use(({ dataDir, backupDir }) =>
          damageAfterBackup(dataDir, backupDir, 8, ['Ben Okafor', 'Chloé Martin', 'Dev Patel', 'Emma Stone'])
        )
    })

    test(`recovery screen (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await page.goto(`${APP_URL}/#/team`)
      await expect(page.getByRole('button', { name: /^Restore the backup from / })).toBeVisible()
      await expect(page.getByRole('table', { name: 'What each file holds' })).toBeVisible()
      await shoot(page, `recovery-${colorScheme}`, true)
    })
  })
}
