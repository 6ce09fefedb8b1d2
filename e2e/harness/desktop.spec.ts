import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { commandScript } from '../../src/main/menu/commandScript'
import { dispatchFor } from '../../src/main/testing/dispatchFor'
import { expect, test, type Page } from './fixture'

type Locator = ReturnType<Page['locator']>

/** Presses Tab until `target` has the focus, as a keyboard user would; each stop must show where focus is. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press(key)
    const focused = await target.evaluate((element) => element === document.activeElement).catch(() => false)
    if (focused) break
  }
  await expect(target).toBeFocused()
  // A ring on the control (or on the editor around it), or an underline in the accent colour.
  const visible = await target.evaluate((element) => {
    const ring = [element, element.closest('.cm-editor')].some(
      (box) => box !== null && getComputedStyle(box).outlineStyle !== 'none'
    )
    return ring || getComputedStyle(element).borderBottomColor !== 'rgba(0, 0, 0, 0)'
  })
  expect(visible, 'the focused control shows where the focus is').toBe(true)
}

test('keyboard only: open the palette, start a one-on-one, write, add an action item, export', async ({
  page,
  openApp,
  journal,
  exportFolder
}) => {
  const ana = await dispatchFor(journal).ok('members.create', { name: 'Ana Lima', role: 'Engineer' })
  await openApp('/team')

  await page.keyboard.press('Control+k')
  const palette = page.getByRole('combobox', { name: 'Search or run a command' })
  await expect(palette).toBeFocused()
  await page.keyboard.type('one-on-one ana')
  // Enter opens the highlighted option: wait, as a user would, until the results have settled on it.
  await expect(page.getByRole('option', { name: 'New one-on-one with Ana Lima' })).toHaveAttribute(
    'aria-selected',
    'true'
  )
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/one-on-one/${ana.id}$`))

  // A new one-on-one opens with the cursor in the text.
  await expect(page.getByRole('textbox', { name: 'Reflection' })).toBeFocused()
  await page.keyboard.type('She proposed the plan; I only asked questions.')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

  // Tab indents inside the editor; Ctrl+M lets Tab move the focus (the line under the editor says so).
  await page.keyboard.press('Control+m')
  await tabTo(page, page.getByLabel('Title'), 'Shift+Tab')
  await page.keyboard.type('Planning without the mouse')
  await tabTo(page, page.getByRole('textbox', { name: 'Action item' }))
  await page.keyboard.type('Send the plan to the team')
  await page.keyboard.press('Enter')
  const actions = page.getByRole('region', { name: 'Action items from this one-on-one' })
  await expect(actions).toContainText('Send the plan to the team')

  const saved = journal.db.prepare(`SELECT title, body FROM reflections WHERE member_id = ?`).get(ana.id)
  expect(saved).toEqual({
    title: 'Planning without the mouse',
    body: 'She proposed the plan; I only asked questions.'
  })
  expect(journal.db.prepare(`SELECT text FROM action_items`).pluck().all()).toEqual([
    'Send the plan to the team'
  ])

  // Export this person's reflections: Ctrl+E, then Tab to the button and Enter.
  await page.keyboard.press('Control+e')
  const exportDialog = page.getByRole('dialog', { name: 'Export to markdown' })
  await expect(exportDialog).toBeVisible()
  await tabTo(page, exportDialog.getByRole('button', { name: 'Choose folder and export' }))
  await page.keyboard.press('Enter')
  await expect(exportDialog.getByText(/Exported 1 reflection/)).toBeVisible()
  const written = readdirSync(exportFolder, { recursive: true }).map(String)
  expect(written.some((name) => name.endsWith('Planning without the mouse.md'))).toBe(true)
})

test('the shortcuts: Ctrl+N picks a person, Ctrl+/ lists every command, Ctrl+, opens Settings', async ({
  page,
  openApp,
  journal
}) => {
  await dispatchFor(journal).ok('members.create', { name: 'Ana Lima' })
  await openApp('/journal')
  await page.keyboard.press('Control+n')
  const picker = page.getByRole('dialog', { name: 'Start a one-on-one' })
  await expect(picker).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(picker).toBeHidden()

  await page.keyboard.press('Control+/')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet.getByRole('row', { name: /New Reflection Ctrl\+Shift\+N/ })).toBeVisible()
  await expect(sheet.getByRole('row', { name: /Export Ctrl\+E/ })).toBeVisible()
  await page.keyboard.press('Escape')

  await page.keyboard.press('Control+,')
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+Shift+N')
  await expect(page).toHaveURL(/#\/journal\/new$/)
})

test('a menu command reaches the page as the script main runs, and only known commands do', async ({
  page,
  openApp,
  backupDir
}) => {
  await openApp('/team')
  await page.evaluate(commandScript('go.delegations'))
  await expect(page).toHaveURL(/#\/delegations$/)
  await page.evaluate(commandScript('backup.now'))
  await expect(page.getByText('Backed up your journal.')).toBeVisible()
  expect(readdirSync(backupDir).filter((name) => name.endsWith('-manual.sqlite'))).toHaveLength(1)
  // An id outside the closed list does nothing.
  await page.evaluate(() =>
    window.dispatchEvent(new CustomEvent('leap:command', { detail: 'members.delete' }))
  )
  await expect(page).toHaveURL(/#\/delegations$/)
})

test('first run: the welcome offers a sample team, clearly marked and removed in one click', async ({
  page,
  openApp,
  journal
}) => {
  await openApp('/team')
  const welcome = page.getByRole('region', { name: 'Welcome to Leap' })
  await expect(welcome.getByRole('listitem')).toHaveCount(3)
  await expect(page.getByRole('button', { name: 'Add your first team member' })).toBeVisible()

  await welcome.getByRole('button', { name: 'Open a sample team' }).click()
  const list = page.getByRole('list', { name: 'Team members' })
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await expect(list).toContainText('Ana Lima (sample)')
  await expect(list).toContainText('Sample team')
  await expect(welcome).toBeHidden()

  await page.getByRole('note').getByRole('button', { name: 'Remove sample team' }).click()
  await expect(page.getByRole('heading', { name: 'No one on your team yet' })).toBeVisible()
  expect(journal.db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(0)
  // The team is empty again: the welcome is back, and the sample team can be opened again.
  await expect(welcome.getByRole('button', { name: 'Open a sample team' })).toBeVisible()
})

test('closing the welcome keeps it closed after a reload', async ({ page, openApp }) => {
  await openApp('/team')
  await page.getByRole('button', { name: 'Close the welcome' }).click()
  await expect(page.getByRole('region', { name: 'Welcome to Leap' })).toBeHidden()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'No one on your team yet' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Welcome to Leap' })).toBeHidden()
})

test('Settings: the theme switches at once, numbers are checked, the data folder is shown', async ({
  page,
  openApp,
  dataDir,
  shownInFolder
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openApp('/settings')
  await expect(page.getByRole('main').getByText(dataDir)).toBeVisible()

  await page.getByRole('radio', { name: 'Dark' }).click()
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(await background()).toBe('rgb(23, 24, 28)')
  await page.getByRole('radio', { name: 'Same as the system' }).click()
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/)

  const cadence = page.getByLabel('New members meet every (days)')
  await cadence.fill('0')
  await cadence.press('Enter')
  await expect(
    page.getByText('Use a whole number of days from 1 to 365 for the one-on-one cadence.').first()
  ).toBeVisible()
  await cadence.fill('10')
  await cadence.press('Tab')
  await page.reload()
  await expect(page.getByLabel('New members meet every (days)')).toHaveValue('10')

  await page
    .getByRole('region', { name: 'Your data' })
    .getByRole('button', { name: 'Show in folder' })
    .click()
  await expect.poll(() => shownInFolder).toEqual([join(dataDir, 'leap.sqlite')])
})

test('Settings: spellcheck can be turned off, and Leap says it never downloads a dictionary', async ({
  page,
  openApp,
  dataDir
}) => {
  await openApp('/settings')
  const spelling = page.getByRole('region', { name: 'Spelling' })
  await expect(spelling).toContainText('Leap never downloads a dictionary.')
  const toggle = spelling.getByRole('checkbox', { name: 'Check spelling as I type' })
  await expect(toggle).toBeChecked()
  await toggle.click()
  await expect
    .poll(() => JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')).spellcheck)
    .toEqual({ enabled: false, languages: [] })
  await page.reload()
  await expect(page.getByRole('checkbox', { name: 'Check spelling as I type' })).not.toBeChecked()
})

test('two quick presses of Ctrl+Shift+B are two backups; the menu’s echo of one press is not a third', async ({
  page,
  openApp,
  backupDir
}) => {
  await openApp('/team')
  const backups = () => readdirSync(backupDir).filter((name) => name.endsWith('-manual.sqlite')).length
  await page.keyboard.press('Control+Shift+B')
  await page.keyboard.press('Control+Shift+B')
  await expect.poll(backups).toBe(2)
  // On some systems the menu also reports the accelerator it saw: the same press, once.
  await page.keyboard.press('Control+Shift+B')
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('leap:command', { detail: 'backup.now' })))
  await expect.poll(backups).toBe(3)
  await page.waitForTimeout(500)
  expect(backups()).toBe(3)
})
