import { copyFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createMember } from '../../src/main/journal/members'
import { damageAfterBackup, writeJournalWithNotes } from '../../src/main/testing/damagedJournals'
import { runElsewhere } from '../../src/main/testing/elsewhere'
import { APP_URL, expect, test } from './fixture'

/**
 * A user's bad day, as the user sees it (docs/RELIABILITY.md F1, F3, F4): the journal held by another
 * program while writing, a journal file gone missing. Nothing is lost, nothing is moved, and the app goes on
 * once the cause is gone, without a restart.
 */

test('a save while another program holds the journal: the text stays, the editor says why, and it saves on its own', async ({
  page,
  openApp,
  journal
}, testInfo) => {
  test.setTimeout(120_000)
  createMember(journal.db, { name: 'Ana Lima' })
  await openApp('/team')
  await page.getByRole('button', { name: 'Start one-on-one with Ana Lima' }).click()
  const body = page.getByRole('textbox', { name: 'Reflection' })
  await body.click()
  await page.keyboard.type('First words.')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  // The first save made the reflection, and the screen moved to its address.
  await expect(page).toHaveURL(/#\/one-on-one\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/)

  // A backup tool takes the journal's write lock for longer than Leap waits (5 s).
  let held!: () => void
  const locked = new Promise<void>((resolve) => (held = resolve))
  const released = runElsewhere('holdWriteLock', { path: journal.path, ms: 20_000 }, { onNote: () => held() })
  await locked
  await body.click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.type(' Typed while the journal was held.')

  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    'Not saved yet: another program is using the journal. Your text is kept here and Leap keeps trying.',
    { timeout: 30_000 }
  )
  await page.screenshot({ path: testInfo.outputPath('not-saved-yet.png') })
  await expect(body).toContainText('First words. Typed while the journal was held.')
  await released
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 30_000 })
  expect(journal.db.prepare('SELECT body FROM reflections').pluck().all()).toEqual([
    'First words. Typed while the journal was held.'
  ])
})

test.describe('A journal file gone while its write-ahead log is still there', () => {
  test.use({
    prepareDataDir: async ({}, use, testInfo) =>
      use(({ dataDir }) => {
        const path = join(dataDir, 'leap.sqlite')
        writeJournalWithNotes(path, 4)
        // Moved away by a sync tool, say: its log is still there, and a new journal would replay it.
        copyFileSync(path, testInfo.outputPath('kept-elsewhere.sqlite'))
        rmSync(path)
        writeFileSync(`${path}-wal`, Buffer.alloc(4096, 1))
      })
  })

  test('is not replaced by an empty journal; "Try again" opens it once it is back', async ({
    page,
    dataDir
  }, testInfo) => {
    await page.goto(`${APP_URL}/#/team`)
    await expect(page.getByRole('heading', { name: 'Your journal file is missing' })).toBeVisible()
    await expect(page.getByRole('main')).toContainText('Put the journal file back, then try again')
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('alert')).toContainText('Still not possible')
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.screenshot({ path: testInfo.outputPath(`missing-${scheme}.png`) })
    }

    copyFileSync(testInfo.outputPath('kept-elsewhere.sqlite'), join(dataDir, 'leap.sqlite'))
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('list', { name: 'Team members' }).getByRole('listitem')).toHaveCount(4)
  })
})

test.describe('A journal damaged after its last backup', () => {
  test.use({
    prepareDataDir: async ({}, use) =>
      use(({ dataDir, backupDir }) =>
        damageAfterBackup(
          dataDir,
          backupDir,
          8,
          [0, 1, 2, 3].map((i) => `Joined later ${i}`)
        )
      )
  })

  test('the screen says what the backup lacks, and restoring brings back what can still be read', async ({
    page
  }) => {
    await page.goto(`${APP_URL}/#/team`)
    const compare = page.getByRole('table', { name: 'What each file holds' })
    const people = compare.getByRole('row', { name: /^People/ })
    await expect(people.getByRole('cell').first()).toHaveText('8')
    const readable = Number(await people.getByRole('cell').nth(1).textContent())
    expect(readable).toBeGreaterThan(8)
    await expect(page.getByRole('main')).toContainText(`still shows ${readable - 8} `)
    await expect(page.getByRole('checkbox', { name: /Also bring back/ })).toBeChecked()

    await page.getByRole('button', { name: /^Restore the backup from / }).click()
    await expect(page.getByText(/entries were brought back from the damaged journal/)).toBeVisible()
    // Everyone in the backup, with everyone the damaged journal could still show.
    const team = page.getByRole('list', { name: 'Team members' }).getByRole('listitem')
    await expect(team.first()).toBeVisible()
    expect(await team.count()).toBeGreaterThanOrEqual(readable)
    expect(await team.count()).toBeLessThanOrEqual(12)
  })
})
