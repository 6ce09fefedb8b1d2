import { join } from 'node:path'
import { createMember, updateMember } from '../../src/main/journal/members'
import { expect, test } from './fixture'

/**
 * The pictures in README.md and docs/, retaken on every run so they always show the current app. Each one
 * first checks that the screen shows what the picture is meant to show.
 */
const shotsDir = join(import.meta.dirname, '../../docs/screenshots')

for (const colorScheme of ['light', 'dark'] as const) {
  test(`team screens (${colorScheme})`, async ({ page, openApp, journal }) => {
    await page.emulateMedia({ colorScheme })
    const team = [
      {
        name: 'Ana Lima',
        role: 'Senior engineer',
        team: 'Payments',
        cadenceDays: 7,
        strengths: 'Calm in incidents; writes clear design docs.',
        growthAreas: 'Saying no to scope creep.',
        aspirations: 'Lead the payments platform team within a year.'
      },
      { name: 'Ben Okafor', role: 'Product designer', team: 'Payments', cadenceDays: 14 },
      { name: 'Chloé Martin', role: 'Engineer', team: 'Checkout', cadenceDays: 14 },
      { name: 'Dev Patel', role: 'Engineering manager', team: 'Checkout', cadenceDays: 21 }
    ]
    const [ana] = team.map((member) => createMember(journal.db, member))
    // An older start makes the overdue badge visible, as it would be for a real team.
    journal.db
      .prepare(
        `UPDATE members SET created_at = '2026-09-01T09:00:00.000Z' WHERE name IN ('Ben Okafor', 'Dev Patel')`
      )
      .run()
    updateMember(journal.db, { id: ana!.id, notes: 'Prefers written feedback before the 1:1.' })

    await openApp('/team')
    await expect(page.getByRole('list', { name: 'Team members' }).getByRole('listitem')).toHaveCount(4)
    await expect(page.getByText(/Overdue \d+d/).first()).toBeVisible()
    await page.screenshot({ path: join(shotsDir, `team-${colorScheme}.png`) })

    await page
      .getByRole('button', { name: /Ana Lima/ })
      .first()
      .click()
    await expect(page.getByRole('heading', { name: 'Ana Lima' })).toBeVisible()
    await page.screenshot({ path: join(shotsDir, `member-${colorScheme}.png`) })

    await page.getByRole('button', { name: 'Edit profile' }).click()
    await expect(page.getByRole('dialog', { name: 'Edit Ana Lima' })).toBeVisible()
    await page.screenshot({ path: join(shotsDir, `member-form-${colorScheme}.png`) })
  })
}
