import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { format, startOfWeek } from 'date-fns'
import { writeBackupSync } from '../../src/main/backup/backups'
import { createMember } from '../../src/main/journal/members'
import { createReflection } from '../../src/main/journal/reflections'
import { daysAgo, today } from '../support/days'
import { expect, test, type Page } from './fixture'
import { screens } from './screens'

/** Every setting does what it says, where it says, without a reload unless it applies at the next start. */

const settingsSection = (page: Page, title: string) =>
  page.getByRole('main').getByRole('region', { name: title })

/** Types a whole number into a Settings field; it is saved when the field is left. */
async function setNumber(page: Page, section: string, label: string, value: number) {
  const field = settingsSection(page, section).getByLabel(label)
  await field.fill(String(value))
  await field.press('Enter')
  await expect(page.getByRole('alert')).toHaveCount(0)
  // Main has it once the page says so.
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
}

test.describe('Settings take effect', () => {
  test('the default cadence: the member form proposes it, and main uses it when none is given', async ({
    page,
    openApp,
    journal,
    dataDir
  }) => {
    const { go, markDocument, stillSameDocument } = screens(page)
    await openApp('/team')
    await markDocument()
    await go('/settings')
    await setNumber(page, 'One-on-ones', 'New members meet every (days)', 21)
    await expect
      .poll(() => readFileSync(join(dataDir, 'settings.json'), 'utf8'))
      .toMatch(/"defaultCadenceDays": 21/)

    await go('/team')
    await page
      .getByRole('button', { name: /Add (your first team )?member/ })
      .first()
      .click()
    const form = page.getByRole('dialog', { name: 'Add team member' })
    await expect(form.getByLabel('One-on-one every (days)')).toHaveValue('21')
    await form.getByLabel('Name').fill('Ana Lima')
    await form.getByRole('button', { name: 'Add member' }).click()
    await expect(form).toBeHidden()

    await page.evaluate(() => window.leap['members.create']({ name: 'Ben Okafor' }))
    expect(journal.db.prepare('SELECT name, cadence_days FROM members ORDER BY name').all()).toEqual([
      { name: 'Ana Lima', cadence_days: 21 },
      { name: 'Ben Okafor', cadence_days: 21 }
    ])
    await stillSameDocument()
  })

  test('the first day of the week: Insights count weeks from it', async ({ page, openApp, journal }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    createReflection(journal.db, { kind: 'one_on_one', memberId: ana.id, date: today(), stance: 4, mood: 4 })
    const weekFrom = (weekStartsOn: 0 | 1) =>
      format(startOfWeek(new Date(`${today()}T12:00:00`), { weekStartsOn }), 'yyyy-MM-dd')
    const { go, markDocument, stillSameDocument, panel } = screens(page)
    /** The journal link of the week holding today, in the stance panel's figures. */
    const thisWeek = () =>
      panel('Leading vs managing')
        .getByRole('link', { name: /^Reflections of the week of/ })
        .last()

    for (const [choice, day] of [
      ['Sunday', 0],
      ['Monday', 1]
    ] as const) {
      if (day === 0) {
        await openApp('/settings')
        await markDocument()
      } else await go('/settings')
      await settingsSection(page, 'One-on-ones').getByLabel('Weeks start on').selectOption({ label: choice })
      await expect(settingsSection(page, 'One-on-ones').getByLabel('Weeks start on')).toHaveValue(
        choice.toLowerCase()
      )
      await go('/insights')
      await panel('Leading vs managing').getByText('Figures and entries').click()
      await expect(thisWeek()).toHaveAttribute('href', new RegExp(`from=${weekFrom(day)}`))
    }
    await stillSameDocument()
  })

  test('the export defaults: the Export dialog starts from them, and the files follow', async ({
    page,
    openApp,
    journal,
    exportFolder
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    createReflection(journal.db, {
      kind: 'one_on_one',
      memberId: ana.id,
      date: '2026-11-20',
      title: 'Handover'
    })
    const { go, markDocument, stillSameDocument } = screens(page)
    await openApp('/settings')
    await markDocument()
    const section = settingsSection(page, 'Export')
    // Each choice is saved as it is made, and shows once saved.
    for (const [role, name, checked] of [
      ['radio', 'One file per person', true],
      ['checkbox', 'Obsidian links', true],
      ['checkbox', 'Record the export time in each file', false],
      ['checkbox', 'Private files', false]
    ] as const) {
      const control = section.getByRole(role, { name })
      await control.click()
      if (checked) await expect(control).toBeChecked()
      else await expect(control).not.toBeChecked()
    }

    await go('/journal')
    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: 'Export to markdown' })
    await expect(dialog.getByRole('radio', { name: 'One file per person' })).toBeChecked()
    await expect(dialog.getByRole('checkbox', { name: 'Obsidian links' })).toBeChecked()
    await expect(
      dialog.getByRole('checkbox', { name: 'Record the export time in each file' })
    ).not.toBeChecked()
    await expect(dialog.getByRole('checkbox', { name: 'Private files' })).not.toBeChecked()
    await dialog.getByRole('button', { name: 'Choose folder and export' }).click()
    await expect(dialog.getByText(/Exported 1 reflection/)).toBeVisible()

    const files = readdirSync(exportFolder, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile()
    )
    expect(files.map((entry) => join(entry.parentPath, entry.name).slice(exportFolder.length + 1))).toEqual([
      'Members/Ana Lima.md'
    ])
    const file = join(exportFolder, 'Members/Ana Lima.md')
    expect(readFileSync(file, 'utf8')).not.toMatch(/exported-at/)
    expect(statSync(file).mode & 0o777).toBe(0o644)
    await stillSameDocument()
  })

  test('backup retention: the next backup keeps only as many as chosen', async ({
    page,
    openApp,
    session
  }) => {
    const DAY = 86_400_000
    for (const ago of [3, 4, 5, 40]) {
      writeBackupSync(session.journal!.db, session.backupDir, 'daily', new Date(Date.now() - ago * DAY))
    }
    const { go, markDocument, stillSameDocument } = screens(page)
    await openApp('/backups')
    await markDocument()
    const backups = page.getByRole('list', { name: 'Backups' })
    await expect(backups.getByRole('listitem')).toHaveCount(4)

    await go('/settings')
    await setNumber(page, 'Backups', 'Daily backups kept', 2)
    await setNumber(page, 'Backups', 'Weekly backups kept', 0)
    await setNumber(page, 'Backups', 'Monthly backups kept', 0)
    await go('/backups')
    await page.getByRole('button', { name: 'Back up now' }).click()
    // Today's and the newest of one more day.
    await expect(backups.getByRole('listitem')).toHaveCount(2)
    expect(readdirSync(session.backupDir)).toHaveLength(2)
    await stillSameDocument()
  })

  test('trash retention: the next start empties what has waited longer', async ({
    page,
    openApp,
    journal,
    session
  }) => {
    const kept = createMember(journal.db, { name: 'Kept a day' })
    const gone = createMember(journal.db, { name: 'Gone after two' })
    const stamp = journal.db.prepare('UPDATE members SET deleted_at = ? WHERE id = ?')
    stamp.run(new Date(`${daysAgo(0)}T00:00:00`).toISOString(), kept.id)
    stamp.run(new Date(`${daysAgo(2)}T00:00:00`).toISOString(), gone.id)
    await openApp('/settings')
    await setNumber(page, 'Trash', 'Keep deleted items for (days)', 1)
    await page.getByRole('link', { name: 'Trash' }).click()
    const trash = page.getByRole('list', { name: 'Deleted entries' })
    await expect(trash.getByRole('listitem')).toHaveCount(2)

    // The purge runs when Leap starts: close and open the journal, as a restart does. Leap counts the time in
    // the trash itself, from one start to the next: as if the last start was three days ago.
    journal.db
      .prepare(`UPDATE maintenance_runs SET at = ? WHERE name = 'trash_purge'`)
      .run(new Date(Date.now() - 3 * 86_400_000).toISOString())
    session.close()
    session.open()
    await page.reload()
    await expect(trash.getByRole('listitem')).toHaveCount(1)
    await expect(trash).toContainText('Kept a day')
  })
})
