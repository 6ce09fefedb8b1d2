import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { dispatchFor } from '../../src/main/testing/dispatchFor'
import { expect, test } from './fixture'

test('toasts: two at most, in the corner, gone on the next screen unless they offer Undo', async ({
  page,
  openApp,
  journal
}) => {
  await page.setViewportSize({ width: 1200, height: 800 })
  const leap = dispatchFor(journal)
  const ana = await leap.ok('members.create', { name: 'Ana Lima' })
  for (const text of ['Send the plan', 'Book the room', 'Ask for feedback'])
    await leap.ok('actionItems.create', { memberId: ana.id, owner: 'me', text })
  await openApp('/actions')

  await page.keyboard.press('Control+Shift+B')
  await expect(page.getByText('Backed up your journal.')).toBeVisible()
  for (const text of ['Send the plan', 'Book the room', 'Ask for feedback'])
    await page.getByRole('checkbox', { name: `Done: ${text}` }).click()
  const toasts = page.locator('.toast')
  await expect(toasts.filter({ hasText: 'Done: Ask for feedback' })).toBeVisible()
  await expect(toasts).toHaveCount(2)

  const box = (await page.locator('.toasts').boundingBox())!
  expect(box.x + box.width, 'the right corner').toBeGreaterThan(1200 - 40)
  expect(box.x, 'not across the middle of the screen').toBeGreaterThan(1200 / 2)

  // A notice without Undo belongs to its screen; one that can still undo follows the person.
  await page.keyboard.press('Control+Shift+B')
  await expect(page.getByText('Backed up your journal.')).toBeVisible()
  await page.keyboard.press('Control+1')
  await expect(page.getByText('Backed up your journal.')).toBeHidden()
  await expect(toasts.filter({ hasText: 'Done: Ask for feedback' })).toBeVisible()
})

test('a ticked action item moves to Done, and Undo brings it back', async ({ page, openApp, journal }) => {
  const leap = dispatchFor(journal)
  const ana = await leap.ok('members.create', { name: 'Ana Lima' })
  const item = await leap.ok('actionItems.create', { memberId: ana.id, owner: 'me', text: 'Send the plan' })
  await openApp('/actions')
  const mine = page.getByRole('region', { name: 'Mine action items' })
  const done = page.getByRole('region', { name: 'Done action items' })
  await mine.getByRole('checkbox', { name: 'Done: Send the plan' }).click()

  await expect(done.getByRole('checkbox', { name: 'Done: Send the plan' })).toBeChecked()
  await expect(mine.getByText('Send the plan')).toBeHidden()
  const status = () => journal.db.prepare('SELECT status FROM action_items WHERE id = ?').pluck().get(item.id)
  expect(status()).toBe('done')

  await page
    .locator('.toast')
    .filter({ hasText: 'Done: Send the plan' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(mine.getByRole('checkbox', { name: 'Done: Send the plan' })).not.toBeChecked()
  await expect(done).toBeHidden()
  expect(status()).toBe('open')
})

test('Settings: number fields fit their digits, a change says Saved', async ({ page, openApp }) => {
  await page.setViewportSize({ width: 1200, height: 800 })
  await openApp('/settings')
  const cadence = page.getByLabel('New members meet every (days)')
  expect((await cadence.boundingBox())!.width).toBeLessThan(140)
  await cadence.fill('10')
  await cadence.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

  // The last setting, far down the page: "Saved" is still in view.
  const trash = page.getByLabel('Keep deleted items for (days)')
  await trash.fill('45')
  await trash.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeInViewport()
})

test('Settings: a checkbox flips at once, and goes back with the reason if main refuses', async ({
  page,
  openApp,
  dataDir
}) => {
  await openApp('/settings')
  const toggle = page.getByRole('checkbox', { name: 'Check spelling as I type' })
  await expect(toggle).toBeChecked()
  // Read in the same task as the click: before main could have answered.
  const flippedInTheSameClick = () =>
    toggle.evaluate((box: HTMLInputElement) => {
      box.click()
      return box.checked
    })
  expect(await flippedInTheSameClick()).toBe(false)
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  await toggle.click()
  await expect(toggle).toBeChecked()

  // Main will not overwrite a settings file it cannot read: the box goes back, and the person is told why.
  writeFileSync(join(dataDir, 'settings.json'), '{ not json')
  expect(await flippedInTheSameClick()).toBe(false)
  await expect(page.getByText(/could not read its settings file, so it will not overwrite it/)).toBeVisible()
  await expect(toggle).toBeChecked()
})

test('a removed tag comes back with Undo, in its place, and the journal keeps it', async ({
  page,
  openApp,
  journal
}) => {
  const leap = dispatchFor(journal)
  const { reflection } = await leap.ok('reflections.create', {
    kind: 'general',
    date: '2026-11-27',
    tags: ['feedback', 'growth', 'release']
  })
  const stored = async () => (await leap.ok('reflections.get', { id: reflection.id })).tags
  const chips = page.locator('.chip')
  const undo = (tag: string) =>
    page
      .locator('.toast')
      .filter({ hasText: `Removed the tag “${tag}”.` })
      .getByRole('button', { name: 'Undo' })
  await openApp(`/journal/${reflection.id}`)

  await page.getByRole('button', { name: 'Remove tag growth' }).click()
  await expect.poll(stored).toEqual(['feedback', 'release'])
  await undo('growth').click()
  await expect(chips).toHaveText(['feedback', 'growth', 'release'])
  await expect.poll(stored).toEqual(['feedback', 'growth', 'release'])

  // Backspace in the empty field removes the last one: that too can be taken back.
  await page.getByLabel('Tags').press('Backspace')
  await expect(chips).toHaveText(['feedback', 'growth'])
  await undo('release').click()
  await expect(chips).toHaveText(['feedback', 'growth', 'release'])
  await expect.poll(stored).toEqual(['feedback', 'growth', 'release'])

  // Its Undo edits this form, so it does not follow the person to another screen.
  await page.getByRole('button', { name: 'Remove tag feedback' }).click()
  await expect(undo('feedback')).toBeVisible()
  await page.keyboard.press('Control+1')
  await expect(page.getByText('Removed the tag “feedback”.')).toBeHidden()
})

test('a deleted action item says so with Undo, which brings it back', async ({ page, openApp, journal }) => {
  const leap = dispatchFor(journal)
  const ana = await leap.ok('members.create', { name: 'Ana Lima' })
  await leap.ok('actionItems.create', { memberId: ana.id, owner: 'me', text: 'Send the plan' })
  await openApp('/actions')
  await page.getByRole('button', { name: 'Delete action item: Send the plan' }).click()
  await expect(page.getByRole('checkbox', { name: 'Done: Send the plan' })).toHaveCount(0)
  await page
    .locator('.toast')
    .filter({ hasText: 'Action item moved to the trash.' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(page.getByRole('checkbox', { name: 'Done: Send the plan' })).toBeVisible()
})
