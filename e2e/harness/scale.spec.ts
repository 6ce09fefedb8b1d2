import type { Locator, Page } from '@playwright/test'
import { insertMember, insertReflection } from '../../src/main/testing/rows'
import { expect, test } from './fixture'

/**
 * A ten-year journal: 50,000 reflections. The long lists (the journal, a person's timeline, search results)
 * load pages from SQL as they scroll and draw only the rows in view. Probes: they report how long the first
 * screen took (printed, not asserted: timing belongs to the benchmark) and assert how many rows are drawn.
 */
const REFLECTIONS = 50_000
const MEMBERS = 20
const MAX_DRAWN = 200

/** Scrolls `scroller` to its end `times` times, letting each page load, and returns how many rows are drawn. */
async function scrollToEnd(page: Page, scroller: Locator, rows: Locator, times: number): Promise<number> {
  for (let i = 0; i < times; i += 1) {
    await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight))
    await page.waitForTimeout(60)
  }
  return rows.count()
}

test.describe('A journal of 50,000 reflections', () => {
  test.setTimeout(180_000)

  test('the journal list, a timeline and search results stay small in the page (probe)', async ({
    page,
    openApp,
    journal
  }, testInfo) => {
    const members = Array.from({ length: MEMBERS }, (_, i) =>
      insertMember(journal.db, { name: `Person ${i}` })
    )
    journal.db.transaction(() => {
      for (let i = 0; i < REFLECTIONS; i += 1) {
        insertReflection(journal.db, {
          title: `Standup ${i}`,
          body: `Daily standup notes number ${i}.`,
          memberId: members[i % MEMBERS],
          date: new Date(Date.UTC(2012, 0, 1) + (i % 5000) * 86_400_000).toISOString().slice(0, 10)
        })
      }
    })()
    const main = page.getByRole('main')
    const report: string[] = []

    let started = Date.now()
    await openApp('/team')
    await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible()
    report.push(`app started in ${Date.now() - started} ms`)
    started = Date.now()
    await page.getByRole('link', { name: 'Journal' }).click()
    const journalList = page.getByRole('list', { name: 'Reflections' })
    await expect(journalList.getByRole('listitem').first()).toBeVisible()
    report.push(`journal list first screen ${Date.now() - started} ms`)
    const journalRows = journalList.getByRole('listitem')
    const drawnInJournal = await scrollToEnd(page, main, journalRows, 20)
    const journalHeight = await journalList.evaluate((element) => element.scrollHeight)
    report.push(`${drawnInJournal} rows drawn of ${Math.round(journalHeight / 70)} loaded`)
    expect(drawnInJournal).toBeLessThan(MAX_DRAWN)
    // Pages kept loading as the list scrolled: far more entries than one page of 50 are in the list.
    expect(journalHeight).toBeGreaterThan(500 * 60)

    await page.getByRole('link', { name: 'Team' }).click()
    started = Date.now()
    await page.getByRole('button', { name: /^Person 0 / }).click()
    const timeline = page.getByRole('list', { name: 'Person 0’s timeline' })
    await expect(timeline.getByRole('listitem').first()).toBeVisible()
    report.push(`timeline first screen ${Date.now() - started} ms`)
    const drawnInTimeline = await scrollToEnd(page, main, timeline.getByRole('listitem'), 15)
    expect(drawnInTimeline).toBeLessThan(MAX_DRAWN)
    expect(await timeline.evaluate((element) => element.scrollHeight)).toBeGreaterThan(300 * 40)

    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Search and commands' })
    await palette.getByLabel('Show').selectOption('reflection')
    started = Date.now()
    await palette.getByRole('combobox', { name: 'Search or run a command' }).fill('standup')
    const results = palette.getByRole('listbox', { name: 'Results' })
    await expect(results.getByRole('option').first()).toBeVisible()
    report.push(`search first results ${Date.now() - started} ms`)
    const drawnInResults = await scrollToEnd(page, results, results.getByRole('option'), 30)
    expect(drawnInResults).toBeLessThan(MAX_DRAWN)
    expect(await results.evaluate((element) => element.scrollHeight / 64)).toBeGreaterThan(400)

    testInfo.annotations.push({ type: 'probe', description: report.join('; ') })
    console.log(`scale probe (${REFLECTIONS} reflections): ${report.join('; ')}`)
  })
})
