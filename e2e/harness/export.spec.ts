import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'
import { insertActionItem, insertMember, insertReflection } from '../../src/main/testing/rows'
import { expect, test } from './fixture'

/** Every file under a folder, relative path -> text. */
function filesIn(dir: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name)
      found[path.slice(dir.length + 1)] = readFileSync(path, 'utf8')
    }
  }
  return found
}

test.describe('Export to markdown', () => {
  test('a leader exports one person’s reflections from their page and finds the files on disk', async ({
    page,
    openApp,
    journal,
    exportFolder,
    openedFolders
  }) => {
    const ana = insertMember(journal.db, { name: 'Ana: "1:1" Lima' })
    const ben = insertMember(journal.db, { name: 'Ben Okafor' })
    const kickoff = insertReflection(journal.db, {
      title: 'Kickoff',
      body: 'She wants to **own** the release.',
      memberId: ana,
      date: '2026-03-02'
    })
    insertActionItem(journal.db, { memberId: ana, reflectionId: kickoff, text: 'Share the checklist' })
    insertReflection(journal.db, { title: 'Follow-up', memberId: ana, date: '2026-04-06' })
    insertReflection(journal.db, { title: 'Not Ana', memberId: ben, date: '2026-04-07' })

    await openApp(`/team/${ana}`)
    await page.getByRole('button', { name: 'Export' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export to markdown' })
    await expect(dialog.getByRole('radio', { name: /One person/ })).toBeChecked()
    await expect(dialog.getByLabel('Person', { exact: true })).toHaveValue(ana)
    await dialog.getByRole('checkbox', { name: /Obsidian links/ }).check()
    await dialog.getByRole('button', { name: 'Choose folder and export' }).click()

    await expect(dialog.getByText('Exported 2 reflections')).toBeVisible()
    await expect(dialog.getByText('3 new files')).toBeVisible()
    await dialog.getByRole('button', { name: 'Open folder' }).click()
    await expect.poll(() => openedFolders).toEqual([exportFolder])

    const files = filesIn(exportFolder)
    expect(Object.keys(files).sort()).toEqual([
      'Reflections/2026/2026-03-02 Ana 1-1 Lima - Kickoff.md',
      'Reflections/2026/2026-04-06 Ana 1-1 Lima - Follow-up.md',
      'Reflections/People/Ana 1-1 Lima.md'
    ])
    const exported = matter(files['Reflections/2026/2026-03-02 Ana 1-1 Lima - Kickoff.md']!, {})
    expect(exported.data).toMatchObject({
      title: 'Kickoff',
      // Obsidian links: the person as a link in the properties, to their note in People/.
      member: '[[Ana 1-1 Lima]]',
      date: '2026-03-02',
      id: kickoff
    })
    expect(exported.content).toContain('She wants to **own** the release.')
    expect(exported.content).toContain('- [ ] Share the checklist (owner: me)')
    expect(statSync(join(exportFolder, 'Reflections/People/Ana 1-1 Lima.md')).mode & 0o777).toBe(0o600)

    await dialog.getByRole('button', { name: 'Done' }).click()
    await expect(dialog).toBeHidden()
  })

  test('Ctrl+E on a reflection exports just that one; the palette offers Export', async ({
    page,
    openApp,
    journal,
    exportFolder
  }) => {
    const ana = insertMember(journal.db, { name: 'Ana Lima' })
    const one = insertReflection(journal.db, { title: 'Only this', memberId: ana, date: '2026-03-02' })
    insertReflection(journal.db, { title: 'Not this', memberId: ana, date: '2026-03-03' })

    await openApp(`/journal/${one}`)
    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: 'Export to markdown' })
    await expect(dialog.getByRole('radio', { name: /This reflection/ })).toBeChecked()
    await dialog.getByRole('radio', { name: /One file per person/ }).check()
    await dialog.getByRole('button', { name: 'Choose folder and export' }).click()
    await expect(dialog.getByText('Exported 1 reflection')).toBeVisible()
    expect(Object.keys(filesIn(exportFolder))).toEqual(['Members/Ana Lima.md'])
    await dialog.getByRole('button', { name: 'Done' }).click()

    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Search or run a command' }).fill('export')
    await page.getByRole('option', { name: /Export reflections/ }).click()
    await expect(dialog.getByRole('radio', { name: /This reflection/ })).toBeChecked()
  })

  test('a date range that ends before it starts is refused with a clear message, nothing written', async ({
    page,
    openApp,
    journal,
    exportFolder
  }) => {
    insertReflection(journal.db, { title: 'Anything', date: '2026-03-02' })
    await openApp('/journal')
    await page.getByRole('button', { name: 'Export' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export to markdown' })
    await dialog.getByRole('radio', { name: /Date range/ }).check()
    await dialog.getByLabel('From', { exact: true }).fill('2026-05-01')
    await dialog.getByLabel('To', { exact: true }).fill('2026-01-01')
    await dialog.getByRole('button', { name: 'Choose folder and export' }).click()
    await expect(dialog.getByRole('alert')).toContainText('The start date must not be after the end date.')
    expect(readdirSync(exportFolder)).toEqual([])
  })
})
