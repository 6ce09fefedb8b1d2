import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from './fixture'
import { writeObsidianNotes } from '../../src/main/testing/importFixtures'
import { seedTeam } from './seedTeam'

/**
 * axe-core over every main screen, in light and dark: no serious or critical violation. Each screen is
 * checked once it shows what it is meant to show, so the rules see real content, not a loading state.
 */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`)
    }))
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every main screen passes axe with no serious or critical violations (${colorScheme})`, async ({
    page,
    openApp,
    journal
  }) => {
    test.setTimeout(120_000)
    await page.emulateMedia({ colorScheme })
    const { ana, reflection, delegation } = await seedTeam(journal)
    const screens: [path: string, shows: string][] = [
      ['/team', 'Team'],
      [`/team/${ana.id}`, 'Ana Lima'],
      [`/one-on-one/${ana.id}`, 'One-on-one with Ana Lima'],
      ['/journal', 'Journal'],
      [`/journal/${reflection.id}`, 'Draft the rollout plan'],
      ['/actions', 'Action items'],
      ['/delegations', 'Delegations'],
      [`/delegations/${delegation.id}`, 'Own the 4.2 release'],
      ['/trash', 'Trash'],
      ['/backups', 'Backups'],
      ['/settings', 'Settings']
    ]
    const found: Record<string, unknown> = {}
    for (const [path, shows] of screens) {
      await openApp(path)
      await expect(page.getByText(shows).first()).toBeVisible()
      const violations = await seriousViolations(page)
      if (violations.length > 0) found[path] = violations
    }

    // The palette and the shortcuts sheet, open over the Team screen.
    await openApp('/team')
    await page.keyboard.press('Control+k')
    await expect(page.getByRole('combobox', { name: 'Search or run a command' })).toBeFocused()
    await page.keyboard.type('release')
    await expect(page.getByRole('option').filter({ hasText: 'Release train handover' })).toBeVisible()
    found.palette = await seriousViolations(page)
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+/')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    found.shortcuts = await seriousViolations(page)

    expect(Object.fromEntries(Object.entries(found).filter(([, list]) => (list as []).length > 0))).toEqual(
      {}
    )
  })
}

test('the first-run welcome passes axe too', async ({ page, openApp }) => {
  await openApp('/team')
  await expect(page.getByRole('heading', { name: 'Welcome to Leap' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

// The Import dialog in its own test (the screens' pass is long already): the preview with a person to decide
// on, then the result, in both themes.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Import dialog passes axe (${colorScheme})`, async ({
    page,
    openApp,
    journal,
    importChoices,
    importDir
  }) => {
    await page.emulateMedia({ colorScheme })
    await seedTeam(journal)
    importChoices.markdown = writeObsidianNotes(importDir)
    await openApp('/settings')
    await page.getByRole('button', { name: 'Import notes…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import notes' })
    await dialog.getByRole('radio', { name: 'Map to a person' }).check()
    await expect(dialog.getByLabel('Notes about Sam Rivera belong to')).toBeVisible()
    const found: Record<string, unknown> = { preview: await seriousViolations(page) }
    await dialog.getByLabel('Notes about Sam Rivera belong to').selectOption({ label: 'Ana Lima' })
    await dialog.getByRole('button', { name: 'Import' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Imported 5 entries')
    found.result = await seriousViolations(page)
    expect(found).toEqual({ preview: [], result: [] })
  })
}
