import { insertMember } from '../../src/main/testing/rows'
import { writeObsidianNotes } from '../../src/main/testing/importFixtures'
import { expect, shoot, test } from './shots'

/** The Import dialog pictures: the preview with an unknown person to decide on, then the result. */

for (const colorScheme of ['light', 'dark'] as const) {
  test(`import dialog (${colorScheme})`, async ({ page, openApp, journal, importChoices, importDir }) => {
    await page.emulateMedia({ colorScheme })
    await page.setViewportSize({ width: 1200, height: 860 })
    insertMember(journal.db, { name: 'Ana Lima', role: 'Senior engineer' })
    insertMember(journal.db, { name: 'Ben Okafor', role: 'Engineer' })
    importChoices.markdown = writeObsidianNotes(importDir)
    await openApp('/settings')
    await page.getByRole('button', { name: 'Import notes…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import notes' })
    await expect(dialog.getByRole('list', { name: 'Entries' }).getByRole('listitem')).toHaveCount(6)
    await dialog.getByRole('radio', { name: 'Map to a person' }).check()
    await dialog.getByLabel('Notes about Sam Rivera belong to').selectOption({ label: 'Ben Okafor' })
    await shoot(page, `import-preview-${colorScheme}`)

    await dialog.getByRole('button', { name: 'Import' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Imported 5 entries')
    await shoot(page, `import-done-${colorScheme}`)
  })
}
