import {
  insertActionItem,
  insertDelegation,
  insertMember,
  insertReflection
} from '../../src/main/testing/rows'
import { expect, shoot, test } from './shots'

/** The command palette picture in README.md, retaken on every run. */

for (const colorScheme of ['light', 'dark'] as const) {
  test(`search palette (${colorScheme})`, async ({ page, openApp, journal }) => {
    await page.emulateMedia({ colorScheme })
    const ana = insertMember(journal.db, {
      name: 'Ana Lima',
      role: 'Senior engineer',
      notes: 'Owns the release process.'
    })
    const ben = insertMember(journal.db, { name: 'Ben Okafor', role: 'Product designer' })
    insertDelegation(journal.db, {
      memberId: ana,
      title: 'Run the release train',
      successCriteria: ['Weekly release']
    })
    insertReflection(journal.db, {
      title: 'After the release incident',
      body: 'Ana led the release rollback herself. I held back and asked what she needed; she wrote the postmortem.',
      memberId: ana,
      date: '2026-05-04'
    })
    insertReflection(journal.db, {
      title: 'Design review',
      body: 'Ben wants to own the release notes design. Agreed on authority level Advise.',
      memberId: ben,
      date: '2026-04-21'
    })
    insertActionItem(journal.db, { memberId: ana, text: 'Share the release checklist with the team' })
    await openApp('/team')
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Search and commands' })
    await palette.getByRole('combobox', { name: 'Search or run a command' }).fill('release')
    await expect(palette.getByRole('listbox', { name: 'Results' }).locator('mark').first()).toBeVisible()
    await shoot(page, `search-${colorScheme}`)
  })
}
