import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
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

    await dialog.getByRole('button', { name: 'Undo…' }).click()
    await expect(page.getByRole('dialog', { name: 'Undo this import?' })).toBeVisible()
    await shoot(page, `import-undo-${colorScheme}`)
  })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`import team dialog (${colorScheme})`, async ({
    page,
    openApp,
    journal,
    importChoices,
    importDir
  }) => {
    await page.emulateMedia({ colorScheme })
    await page.setViewportSize({ width: 1200, height: 860 })
    insertMember(journal.db, { name: 'Ana Lima' })
    importChoices.csv = join(importDir, 'people.csv')
    writeFileSync(importChoices.csv, 'Role;Team\nDesigner;Product\n')
    await openApp('/team')
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Search or run a command' }).fill('import team')
    await page.getByRole('option', { name: /Import team from CSV/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Import your team from CSV' })
    await expect(dialog.getByRole('alert')).toContainText('has no column of names')
    await shoot(page, `import-team-error-${colorScheme}`)

    writeFileSync(
      importChoices.csv,
      'Name,Job title,Department,E-mail,Start date,1:1 cadence\n' +
        'Ana Lima,Staff engineer,Platform,ana@example.com,2024-03-01,weekly\n' +
        'Bo Chen,Designer,Product,bo@example.com,2025-01-15,2 weeks\n' +
        'Cy Park,Engineer,Platform,not an email,next year,often\n' +
        'Bo Chen,Designer,Product,bo@example.com,2025-01-15,2 weeks\n'
    )
    await dialog.getByRole('button', { name: 'Choose a file again' }).click()
    await expect(dialog.getByRole('list', { name: 'Counts' })).toContainText('updated')
    await shoot(page, `import-team-preview-${colorScheme}`)
  })
}
