import { insertActionItem, insertMember, insertReflection } from '../../src/main/testing/rows'
import { expect, shoot, test } from './shots'

/** The Export dialog pictures in README.md, retaken on every run. */

for (const colorScheme of ['light', 'dark'] as const) {
  test(`export dialog (${colorScheme})`, async ({ page, openApp, journal }) => {
    await page.emulateMedia({ colorScheme })
    await page.setViewportSize({ width: 1200, height: 860 })
    const ana = insertMember(journal.db, { name: 'Ana Lima', role: 'Senior engineer' })
    for (const [i, title] of ['Kickoff', 'Release retro', 'Career talk'].entries()) {
      const id = insertReflection(journal.db, { title, memberId: ana, date: `2026-0${i + 3}-02` })
      insertActionItem(journal.db, { memberId: ana, reflectionId: id, text: `Follow up on ${title}` })
    }
    await openApp(`/team/${ana}`)
    await page.getByRole('button', { name: 'Export' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export to markdown' })
    await dialog.getByRole('radio', { name: 'Date range' }).check()
    await expect(dialog.getByLabel('From', { exact: true })).toBeVisible()
    await shoot(page, `export-dialog-${colorScheme}`)

    await dialog.getByRole('radio', { name: 'One person' }).check()
    await dialog.getByRole('button', { name: 'Choose folder and export' }).click()
    await expect(dialog.getByText('Exported 3 reflections')).toBeVisible()
    await shoot(page, `export-summary-${colorScheme}`)
  })
}
