import { today } from '../support/days'
import { seedJournal } from '../../scripts/lib/seed'
import { expect, shoot, test } from './shots'

/** The Insights pictures in docs/, retaken on every run from the deterministic seeded journal. */

for (const colorScheme of ['light', 'dark'] as const) {
  test(`insights (${colorScheme})`, async ({ page, openApp, journal }) => {
    await page.emulateMedia({ colorScheme })
    await page.setViewportSize({ width: 1400, height: 900 })
    seedJournal(journal.db, { reflections: 400, until: today() })

    // The app scrolls inside its main pane: a tall window shows every panel in one picture.
    await page.setViewportSize({ width: 1400, height: 3600 })
    await openApp('/insights')
    await expect(page.locator('.insight .recharts-surface')).toHaveCount(7)
    await shoot(page, `insights-${colorScheme}`)

    const member = journal.db.prepare('SELECT id FROM members ORDER BY name LIMIT 1').pluck().get() as string
    await openApp(`/team/${member}`)
    const section = page.getByRole('region', { name: 'Insights' })
    await expect(section.locator('.recharts-surface').first()).toBeVisible()
    await shoot(section, `member-insights-${colorScheme}`)
  })
}
