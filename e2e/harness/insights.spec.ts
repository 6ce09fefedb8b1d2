import { daysAgo, today } from '../support/days'
import { seedJournal } from '../../scripts/lib/seed'
import { createReflection } from '../../src/main/journal/reflections'
import { createMember } from '../../src/main/journal/members'
import { expect, test } from './fixture'

const PANELS = ['Leading vs managing', 'One-on-one rhythm', 'Mood', 'Authority ladder', 'Delegation outcomes']
const panel = (page: import('./fixture').Page, name: string) =>
  page.getByRole('region', { name, exact: true })

/** The centre of every mark the authority ladder draws: each starts its outline at "M cx cy". */
async function ladderMarks(ladder: ReturnType<typeof panel>) {
  await expect(ladder.locator('.insight-marks path').first()).toBeVisible()
  const paths = await ladder
    .locator('.insight-marks path')
    .evaluateAll((all) => all.map((p) => p.getAttribute('d') ?? ''))
  return paths.flatMap((d) =>
    [...d.matchAll(/M([\d.-]+) ([\d.-]+)/g)].map(([, x, y]) => ({ x: Number(x), y: Number(y) }))
  )
}

test.describe('Insights', () => {
  test('an empty journal says, in every panel, what to record to see more', async ({ page, openApp }) => {
    await openApp('/team')
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Insights' }).click()
    await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible()
    await expect(panel(page, 'Leading vs managing')).toContainText(
      'Rate your stance when you write a reflection'
    )
    await expect(panel(page, 'One-on-one rhythm')).toContainText('Add the people you lead on the Team page')
    await expect(panel(page, 'Mood')).toContainText('Record the person’s mood')
    await expect(panel(page, 'Authority ladder')).toContainText('Delegate something with an authority level')
    await expect(panel(page, 'Delegation outcomes')).toContainText(
      'Close a delegation as done or handed back'
    )
    await expect(page.locator('.recharts-surface')).toHaveCount(0)
  })

  test('opened once its code is fetched ahead, Insights shows without a loading placeholder', async ({
    page,
    openApp
  }) => {
    await openApp('/team')
    const onDemand = ['InsightsPage', 'MemberInsights', 'MarkdownEditor', 'MarkdownRenderer']
    await expect
      .poll(() =>
        page.evaluate(
          (names) =>
            names.every((name) =>
              performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/${name}-`))
            ),
          onDemand
        )
      )
      .toBe(true)
    // Each fetched piece runs in its own idle period: the next one comes after the last has run.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)))
    await page.evaluate(() => {
      const seen = window as unknown as { placeholderSeen: boolean }
      seen.placeholderSeen = false
      new MutationObserver(() => {
        if (document.querySelector('.page[aria-busy="true"]')) seen.placeholderSeen = true
      }).observe(document.body, { subtree: true, childList: true })
    })
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Insights' }).click()
    await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible()
    expect(
      await page.evaluate(() => (window as unknown as { placeholderSeen: boolean }).placeholderSeen)
    ).toBe(false)
  })

  test('a seeded journal renders every panel; a point opens the entries behind it', async ({
    page,
    openApp,
    journal
  }) => {
    seedJournal(journal.db, { reflections: 60, until: today() })
    await openApp('/insights')
    for (const name of PANELS) {
      const region = panel(page, name)
      await expect(region.getByRole('img').first()).toBeVisible()
      await expect(region.locator('.recharts-surface')).toBeVisible()
    }
    await page.getByRole('radio', { name: 'Monthly' }).click()
    await expect(page.getByRole('radio', { name: 'Monthly' })).toBeChecked()
    await expect(panel(page, 'Mood')).toContainText('over the last 12 months')

    // The figures under the chart link each period to its reflections, filtered in the journal list.
    const stance = panel(page, 'Leading vs managing')
    await stance.getByText('Figures and entries').click()
    const link = stance.getByRole('link', { name: /^Reflections of / }).last()
    await link.click()
    await expect(page).toHaveURL(/#\/journal\?from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}$/)
    const from = new URL(page.url()).hash.match(/from=([\d-]+)/)![1]!
    await expect(page.getByLabel('From')).toHaveValue(from)
    await expect(page.getByRole('list', { name: 'Reflections' }).getByRole('listitem').first()).toBeVisible()

    // Pointing at a mark of the authority ladder names it; clicking it opens that delegation.
    await page.goBack()
    const ladder = panel(page, 'Authority ladder')
    const [mark] = await ladderMarks(ladder)
    const surface = ladder.locator('.recharts-surface')
    await surface.hover({ position: mark! })
    await expect(ladder.locator('.insight-marks__tooltip')).toContainText(
      /: (agreed|acted at) \d \w+ (from|on) /
    )
    await surface.click({ position: mark! })
    await expect(page).toHaveURL(/#\/delegations\/[0-9a-f-]{36}$/)
  })

  test('the authority ladder draws the latest year of steps; its figures list every step', async ({
    page,
    openApp,
    journal
  }) => {
    seedJournal(journal.db, { reflections: 400, until: today() })
    await openApp('/insights')
    const ladder = panel(page, 'Authority ladder')
    const marks = await ladderMarks(ladder)
    await ladder.getByText('Figures and entries').click()
    const days = (await ladder.locator('.insight-table tbody tr td:last-child').allInnerTexts()).map((day) =>
      Date.parse(day)
    )
    const latest = Math.max(...days)
    const lastYear = days.filter((day) => day > latest - 365 * 86_400_000).length
    expect(days.length).toBeGreaterThan(lastYear)
    expect(marks).toHaveLength(lastYear)
  })

  test('clicking a week on the stance chart opens that week’s reflections', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    createReflection(journal.db, { kind: 'one_on_one', memberId: ana.id, date: today(), stance: 4, mood: 3 })
    await openApp('/insights')
    const stance = panel(page, 'Leading vs managing')
    await expect(stance).toContainText('you rated your stance 4 on average')
    await stance.locator('.insight-dot--circle').first().click()
    await expect(page).toHaveURL(/#\/journal\?from=/)
    await expect(page.getByRole('list', { name: 'Reflections' }).getByRole('listitem')).toHaveCount(1)
  })

  test('a member page shows that person’s insights', async ({ page, openApp, journal }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima', cadenceDays: 7 })
    createReflection(journal.db, {
      kind: 'one_on_one',
      memberId: ana.id,
      date: daysAgo(10),
      mood: 4,
      stance: 2
    })
    await openApp(`/team/${ana.id}`)
    const section = page.getByRole('region', { name: 'Insights' })
    await expect(section.getByRole('region', { name: 'One-on-one rhythm' })).toContainText(
      'Ana Lima: 3 days overdue.'
    )
    await expect(section.getByRole('region', { name: 'Mood', exact: true })).toContainText(
      'Mood of Ana Lima averaged 4 of 5'
    )
  })
})
