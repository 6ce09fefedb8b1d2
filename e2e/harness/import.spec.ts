import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createMember } from '../../src/main/journal/members'
import { writeObsidianNotes } from '../../src/main/testing/importFixtures'
import { expect, test, type Page } from './fixture'
import { screens } from './screens'

/** Runs a palette command by typing part of its name, as a person does. */
async function runCommand(page: Page, typed: string, name: RegExp) {
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Search or run a command' }).fill(typed)
  await page.getByRole('option', { name }).click()
}

test.describe('Import', () => {
  test('a leader imports an Obsidian vault, maps the unknown person, finds the notes everywhere, then undoes it from Backups', async ({
    page,
    openApp,
    journal,
    importChoices,
    importDir
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    importChoices.markdown = writeObsidianNotes(importDir)
    const { go, markDocument, stillSameDocument, search, closePalette } = screens(page)
    await openApp('/journal')
    await markDocument()
    await expect(page.getByRole('heading', { name: 'No reflections yet' })).toBeVisible()

    await runCommand(page, 'import notes', /Import notes/)
    const dialog = page.getByRole('dialog', { name: 'Import notes' })
    await expect(dialog.getByRole('list', { name: 'Counts' })).toContainText('5 new')
    await expect(dialog.getByRole('list', { name: 'Counts' })).toContainText('1 skipped')
    await expect(dialog).toContainText(importChoices.markdown)
    await expect(dialog).toContainText('Ana Lima (in your journal, 3 entries)')
    await expect(dialog).toContainText('up to 10.0 MB each, at most 100,000 files')

    // The entries, by outcome: the vault's hidden folder is skipped with its reason; the mood 9 is left out.
    const entries = dialog.getByRole('list', { name: 'Entries' })
    await expect(entries.getByRole('listitem')).toHaveCount(6)
    await expect(entries).toContainText(/mood "9" is not a number from 1 to 5/)
    await dialog.getByRole('radio', { name: 'Skipped 1' }).check()
    await expect(entries.getByRole('listitem')).toHaveCount(1)
    await expect(entries).toContainText('.obsidian')

    // Sam Rivera is not in the journal: his two notes go to Ana.
    const sam = dialog.getByRole('listitem').filter({ hasText: 'Sam Rivera' }).first()
    await expect(sam).toContainText('2 entries')
    await expect(sam.getByRole('radio', { name: 'Create Sam Rivera' })).toBeChecked()
    await sam.getByRole('radio', { name: 'Map to a person' }).check()
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled()
    await sam.getByLabel('Notes about Sam Rivera belong to').selectOption({ label: 'Ana Lima' })
    await dialog.getByRole('button', { name: 'Import' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Imported 5 entries')
    await expect(dialog.getByRole('button', { name: 'Undo…' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Done' }).click()
    await expect(dialog).toBeHidden()

    // Every screen that shows reflections has them, without a reload.
    const journalList = page.getByRole('list', { name: 'Reflections' })
    await expect(journalList.getByRole('listitem')).toHaveCount(5)
    await expect(journalList).toContainText('Sam kickoff')
    await go(`/team/${ana.id}`)
    const timeline = page.getByRole('list', { name: 'Ana Lima’s timeline' })
    await expect(timeline).toContainText('Feedback on the launch')
    await expect(timeline).toContainText('Sam kickoff')
    const results = await search('promotion')
    await expect(results.getByRole('option').filter({ hasText: 'promotion' }).first()).toBeVisible()
    await closePalette()
    expect(journal.db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(1)

    // Undo from Backups: the backup taken just before the import.
    await go('/backups')
    const before = page.getByRole('listitem').filter({ hasText: 'Before an import' })
    await before.getByRole('button', { name: /^Restore the backup of / }).click()
    await page
      .getByRole('dialog', { name: 'Restore this backup?' })
      .getByRole('button', { name: 'Restore' })
      .click()
    await go('/journal')
    await expect(page.getByRole('heading', { name: 'No reflections yet' })).toBeVisible()
    await go(`/team/${ana.id}`)
    await expect(page.getByText('Feedback on the launch')).toHaveCount(0)
    await stillSameDocument()
  })

  test('a leader imports the team from a CSV in Settings, sees Team change, and undoes it from the dialog', async ({
    page,
    openApp,
    journal,
    session,
    importChoices,
    importDir
  }) => {
    createMember(journal.db, { name: 'Ana Lima' })
    const csv = join(importDir, 'team.csv')
    writeFileSync(
      csv,
      'Name,Job title,Department,E-mail,Start date,1:1 cadence\n' +
        'Ana Lima,Staff engineer,Platform,ana@example.com,2024-03-01,weekly\n' +
        'Bo Chen,Designer,Product,bo@example.com,2025-01-15,2 weeks\n'
    )
    importChoices.csv = csv
    const { go, markDocument, stillSameDocument } = screens(page)
    await openApp('/settings')
    await markDocument()
    await page
      .getByRole('region', { name: 'Import' })
      .getByRole('button', { name: 'Import team from CSV…' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Import your team from CSV' })
    await expect(dialog.getByRole('list', { name: 'Counts' })).toContainText('1 new')
    await expect(dialog.getByRole('list', { name: 'Counts' })).toContainText('1 updated')
    await dialog.getByRole('button', { name: 'Import' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Imported 2 entries')
    await go('/team')
    const team = page.getByRole('list', { name: 'Team members' })
    await expect(team).toContainText('Bo Chen')
    await expect(team).toContainText('Staff engineer')

    await dialog.getByRole('button', { name: 'Undo…' }).click()
    const confirm = page.getByRole('dialog', { name: 'Undo this import?' })
    await expect(confirm).toContainText('first backs up your journal as it is now')
    await confirm.getByRole('button', { name: 'Undo import' }).click()
    await expect(confirm).toBeHidden()
    await expect(dialog).toBeHidden()
    await expect(page.getByText('Import undone')).toBeVisible()
    await expect(team.getByRole('listitem')).toHaveCount(1)
    await expect(team).not.toContainText('Staff engineer')
    // The restore reopened the journal: read the new connection.
    expect(session.journal!.db.prepare('SELECT name, role FROM members').all()).toEqual([
      { name: 'Ana Lima', role: null }
    ])
    await stillSameDocument()
  })

  test('closing the system dialog closes the import without a word and writes nothing', async ({
    page,
    openApp,
    journal,
    session
  }) => {
    await openApp('/journal')
    await runCommand(page, 'import team', /Import team from CSV/)
    await expect(page.getByRole('dialog', { name: 'Import your team from CSV' })).toBeHidden()
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(journal.db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(0)
    expect(session.listBackups().filter((backup) => backup.reason === 'before-import')).toEqual([])
  })

  test('a file chosen for notes is refused with its reason; choosing again works; an expired preview asks again', async ({
    page,
    openApp,
    journal,
    importChoices,
    importDir
  }) => {
    const file = join(importDir, 'notes.md')
    writeFileSync(file, 'Not a folder.\n')
    importChoices.markdown = file
    await openApp('/journal')
    await runCommand(page, 'import notes', /Import notes/)
    const dialog = page.getByRole('dialog', { name: 'Import notes' })
    await expect(dialog.getByRole('alert')).toHaveText(`${file} is a file, not a folder. Choose a folder.`)

    importChoices.markdown = writeObsidianNotes(importDir)
    await dialog.getByRole('button', { name: 'Choose a folder again' }).click()
    await expect(dialog.getByRole('list', { name: 'Counts' })).toContainText('5 new')

    // Another preview (another window) replaces this one: importing it is refused, nothing is written.
    await page.evaluate(() => window.leap['import.preview']({ source: 'markdown' }))
    await dialog.getByRole('button', { name: 'Import' }).click()
    await expect(dialog.getByRole('alert')).toContainText('This preview is no longer open')
    expect(journal.db.prepare('SELECT count(*) FROM reflections').pluck().get()).toBe(0)
    await dialog.getByRole('button', { name: 'Choose a folder again' }).click()
    await dialog.getByRole('button', { name: 'Import' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Imported 5 entries')
    expect(journal.db.prepare('SELECT count(*) FROM reflections').pluck().get()).toBe(5)
  })

  test('the person chosen for a name is deleted before Import: the message says so and another can be chosen', async ({
    page,
    openApp,
    journal,
    importChoices,
    importDir
  }) => {
    createMember(journal.db, { name: 'Ana Lima' })
    const ben = createMember(journal.db, { name: 'Ben Okafor' })
    importChoices.markdown = writeObsidianNotes(importDir)
    await openApp('/team')
    await runCommand(page, 'import notes', /Import notes/)
    const dialog = page.getByRole('dialog', { name: 'Import notes' })
    await dialog.getByRole('radio', { name: 'Map to a person' }).check()
    const target = dialog.getByLabel('Notes about Sam Rivera belong to')
    await target.selectOption({ label: 'Ben Okafor' })
    // Deleted meanwhile, in another window: Import says so, and the people to choose from follow.
    await page.evaluate((id) => window.leap['members.delete']({ id }), ben.id)
    await dialog.getByRole('button', { name: 'Import' }).click()
    await expect(dialog.getByRole('alert')).toHaveText(
      'The person chosen for "Sam Rivera" is no longer in the journal. Choose again.'
    )
    await expect(target.getByRole('option', { name: 'Ben Okafor' })).toHaveCount(0)
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled()
    await target.selectOption({ label: 'Ana Lima' })
    await dialog.getByRole('button', { name: 'Import' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Imported 5 entries')
  })

  test('a CSV without a column of names is refused with a message that says what to fix', async ({
    page,
    openApp,
    importChoices,
    importDir
  }) => {
    const csv = join(importDir, 'people.csv')
    writeFileSync(csv, 'Role,Team\nDesigner,Product\n')
    importChoices.csv = csv
    await openApp('/settings')
    await page.getByRole('button', { name: 'Import team from CSV…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import your team from CSV' })
    await expect(dialog.getByRole('alert')).toHaveText(
      'people.csv has no column of names. Its first row should name the columns: name, role, team, email, start date, cadence.'
    )
    await dialog.getByRole('button', { name: 'Close' }).last().click()
    await expect(dialog).toBeHidden()
  })
})
