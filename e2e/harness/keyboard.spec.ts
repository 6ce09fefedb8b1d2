import { dispatchFor } from '../../src/main/testing/dispatchFor'
import { expect, test } from './fixture'

test('a dialog opens with the focus on its first field and gives it back to what opened it', async ({
  page,
  openApp
}) => {
  await openApp('/team')
  const add = page.getByRole('main').getByRole('button', { name: 'Add member' }).first()
  await add.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Add team member' })
  await expect(dialog.getByLabel('Name')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(add).toBeFocused()

  // A dialog with fields further down (Export's choices) focuses them too, not Close.
  await page.keyboard.press('Control+e')
  const exportDialog = page.getByRole('dialog', { name: 'Export to markdown' })
  await expect(exportDialog).toBeVisible()
  const focused = () => page.evaluate(() => document.activeElement?.closest('.dialog__header') === null)
  expect(await focused(), 'the focus is not on the Close button').toBe(true)
  await expect(exportDialog.locator(':focus')).toHaveCount(1)
  await exportDialog.getByRole('button', { name: 'Close' }).click()
  await expect(exportDialog).toBeHidden()
})

test('Escape after typing asks before throwing the words away; Keep editing keeps them', async ({
  page,
  openApp
}) => {
  await openApp('/team')
  const add = page.getByRole('main').getByRole('button', { name: 'Add member' }).first()
  await add.click()
  const dialog = page.getByRole('dialog', { name: 'Add team member' })
  await dialog.getByLabel('Name').fill('Priya Raman')
  await page.keyboard.press('Escape')
  const ask = dialog.getByRole('alert').filter({ hasText: 'Discard what you typed?' })
  await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused()
  // Escape again is the safe answer too.
  await page.keyboard.press('Escape')
  await expect(ask).toBeHidden()
  await expect(dialog.getByLabel('Name')).toHaveValue('Priya Raman')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await ask.getByRole('button', { name: 'Discard' }).click()
  await expect(dialog).toBeHidden()
  await expect(add).toBeFocused()
  // Opened again, it starts empty and closes at once.
  await add.click()
  await expect(dialog.getByLabel('Name')).toHaveValue('')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('a new one-on-one opens with the cursor in the text', async ({ page, openApp, journal }) => {
  await dispatchFor(journal).ok('members.create', { name: 'Ana Lima' })
  await openApp('/team')
  await page.keyboard.press('Control+n')
  await page.keyboard.type('Ana')
  await page.keyboard.press('Enter')
  const body = page.getByRole('textbox', { name: 'Reflection' })
  await expect(body).toBeFocused()
  await page.keyboard.type('Straight into the notes.')
  await expect(body).toHaveText('Straight into the notes.')
})

test('the first Tab stop skips the sidebar to the screen', async ({ page, openApp }) => {
  await openApp('/team')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  const inMain = await page.evaluate(() =>
    document.getElementById('content')!.contains(document.activeElement)
  )
  expect(inMain, 'one Tab after the skip link is on the screen, not the sidebar').toBe(true)
})

test('Ctrl+1 to Ctrl+7 follow the sidebar from the top, Insights included', async ({ page, openApp }) => {
  await openApp('/settings')
  const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link')
  const names = (await links.allInnerTexts()).map((name) => name.trim()).filter((name) => name !== 'Settings')
  expect(names).toEqual(['Team', 'Delegations', 'Journal', 'Action items', 'Insights', 'Trash', 'Backups'])
  for (const [index, name] of names.entries()) {
    await page.keyboard.press(`Control+${index + 1}`)
    const link = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true })
    await expect(link).toHaveAttribute('aria-current', 'page')
    await expect(link).toHaveAttribute('aria-keyshortcuts', `Control+${index + 1}`)
  }
  // The shortcut sheet lists the same keys.
  await page.keyboard.press('Control+/')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet.getByRole('row', { name: 'Insights Ctrl+5' })).toBeVisible()
  await expect(sheet.getByRole('row', { name: 'Backups Ctrl+7' })).toBeVisible()
})

test('in the editor Tab indents; Ctrl+M makes Tab move on, and the editor says so', async ({
  page,
  openApp,
  journal
}) => {
  await dispatchFor(journal).ok('members.create', { name: 'Ana Lima' })
  await openApp('/journal/new')
  const body = page.getByRole('textbox', { name: 'Reflection' })
  await expect(body).toBeFocused()
  const hint = page.locator(`[id="${await body.getAttribute('aria-describedby')}"]`)
  await expect(hint).toContainText('Tab indents. Ctrl+M')

  await page.keyboard.type('- one')
  await page.keyboard.press('Tab')
  await expect(body).toBeFocused()
  expect(await body.innerText()).toMatch(/^\s+- one/)

  await page.keyboard.press('Control+m')
  await expect(hint).toContainText('Tab moves to the next control.')
  await page.keyboard.press('Tab')
  await expect(body).not.toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(body).toBeFocused()
  await page.keyboard.press('Control+m')
  await expect(hint).toContainText('Tab indents.')
  await page.keyboard.press('Tab')
  await expect(body).toBeFocused()
})
