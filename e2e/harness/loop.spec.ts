import { createTalkingPoint } from '../../src/main/journal/talkingPoints'
import { daysAgo } from '../support/days'
import { expect, test } from './fixture'
import { screens } from './screens'
import { seedTeam } from './seedTeam'

/**
 * The one-on-one loop as a leader lives it, without a reload: topics jotted between one-on-ones come first in
 * the next one, are ticked as discussed there, and what is not discussed is carried with the day it waits since.
 */
test.describe('The one-on-one loop', () => {
  test('a talking point jotted from the palette comes first in the 1:1, is ticked as discussed, and the rest carry', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    // Jotted before the last one-on-one (nine days ago) and never discussed.
    createTalkingPoint(
      journal.db,
      { memberId: ana.id, owner: 'them', text: 'Her conference talk' },
      daysAgo(12)
    )
    const { go, markDocument, stillSameDocument, search, closePalette } = screens(page)
    await openApp(`/team/${ana.id}`)
    await markDocument()
    const onPage = page.getByRole('region', { name: 'Talking points for the next one-on-one' })
    await expect(onPage).toContainText('Her conference talk')

    const results = await search('talking point ana')
    await results.getByRole('option', { name: /Add talking point for Ana Lima/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Add talking point for Ana Lima' })
    await dialog.getByLabel('Whose topic').selectOption({ label: 'Mine' })
    await dialog.getByRole('textbox', { name: 'Talking point' }).fill('Budget for the offsite')
    await dialog.getByRole('button', { name: 'Add' }).click()
    await expect(dialog).toBeHidden()
    await expect(onPage).toContainText('Budget for the offsite')
    await expect(
      (await search('offsite')).getByRole('option', { name: /Budget for the offsite/ })
    ).toBeVisible()
    await closePalette()

    await page.getByRole('button', { name: 'Start one-on-one' }).click()
    const prep = page.getByRole('complementary', { name: 'Preparation' })
    // Talking points are the first panel, oldest first; the one from before the last 1:1 says since when.
    await expect(prep.getByRole('heading', { level: 2 }).first()).toHaveText('Talking points')
    const points = prep.getByRole('region', { name: 'Talking points' }).getByRole('listitem')
    await expect(points).toHaveCount(2)
    await expect(points.nth(0)).toContainText('Her conference talk')
    await expect(points.nth(0)).toContainText(/Carried from/)
    await expect(points.nth(0)).toContainText('Theirs')
    await expect(points.nth(1)).toContainText('Budget for the offsite')
    await expect(points.nth(1)).not.toContainText(/Carried from/)
    await expect(points.nth(1)).toContainText('Mine')
    // The action item from the last one-on-one is carried too.
    const items = prep.getByRole('region', { name: 'Open action items' })
    await expect(items.getByRole('listitem').filter({ hasText: 'Draft the rollout plan' })).toContainText(
      /Carried from/
    )

    // Ticking saves the new reflection first, and links the point to it.
    await prep.getByRole('checkbox', { name: 'Discussed: Budget for the offsite' }).check()
    await expect(page).toHaveURL(new RegExp(`#/one-on-one/${ana.id}/[0-9a-f-]{36}$`))
    await expect(prep.getByRole('checkbox', { name: 'Discussed: Budget for the offsite' })).toBeChecked()
    await expect
      .poll(() =>
        journal.db
          .prepare(
            `SELECT r.kind FROM talking_points t JOIN reflections r ON r.id = t.reflection_id WHERE t.text = ?`
          )
          .pluck()
          .get('Budget for the offsite')
      )
      .toBe('one_on_one')

    // On the person's page only the undiscussed one waits for next time; the timeline shows both.
    await go(`/team/${ana.id}`)
    await expect(onPage.getByRole('listitem')).toHaveCount(1)
    await expect(onPage).toContainText('Her conference talk')
    const timeline = page.getByRole('list', { name: /timeline/i })
    await expect(timeline).toContainText('Talking point (mine, discussed): Budget for the offsite')
    await expect(timeline).toContainText('Talking point (theirs, open): Her conference talk')
    await stillSameDocument()
  })

  test('someone marked away for two weeks is not overdue, and the team list says until when', async ({
    page,
    openApp,
    journal
  }) => {
    await seedTeam(journal) // Ana: a one-on-one every 7 days, the last 9 days ago.
    const { go, markDocument, stillSameDocument, search, panel } = screens(page)
    const until = daysAgo(-13)
    await openApp('/team')
    await markDocument()
    const shortDay = await page.evaluate(
      (day) =>
        new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(
          new Date(`${day}T00:00`)
        ),
      until
    )
    const anaRow = page
      .getByRole('list', { name: 'Team members' })
      .getByRole('listitem')
      .filter({ hasText: 'Ana Lima' })
    await expect(anaRow).toContainText('Overdue 2d')
    await go('/insights')
    await expect(panel('One-on-one rhythm')).toContainText('Overdue now: Ana Lima')

    const results = await search('away ana')
    await results.getByRole('option', { name: /Mark Ana Lima away/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Mark Ana Lima away' })
    // Two weeks from today is what the form offers.
    await expect(dialog.getByLabel('Last day away')).toHaveValue(until)
    await dialog.getByLabel('Note (optional)').fill('Parental leave')
    await dialog.getByRole('button', { name: 'Mark away' }).click()
    await expect(dialog).toBeHidden()

    await expect(panel('One-on-one rhythm')).not.toContainText('Overdue now: Ana Lima')
    await expect(panel('One-on-one rhythm')).toContainText('Away now: Ana Lima')
    await go('/team')
    await expect(anaRow).not.toContainText('Overdue')
    await expect(anaRow).toContainText(`Away until ${shortDay}`)
    const ana = journal.db.prepare(`SELECT id FROM members WHERE name = 'Ana Lima'`).pluck().get() as string
    await go(`/team/${ana}`)
    const leave = page.getByRole('region', { name: 'Time away and skipped one-on-ones' })
    await expect(leave).toContainText('Parental leave')
    await expect(page.getByRole('list', { name: /timeline/i })).toContainText('Parental leave')
    await expect((await search('parental')).getByRole('option', { name: /Away/ })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('main')).toContainText(`Away until ${shortDay}`)

    // Deleted (to the trash): overdue again, everywhere.
    await leave.getByRole('button', { name: /Delete time away/ }).click()
    await expect(leave).toContainText('None.')
    await go('/team')
    await expect(anaRow).toContainText('Overdue 2d')
    await go('/trash')
    await expect(page.getByRole('main')).toContainText('Away')
    await stillSameDocument()
  })

  test('a one-on-one skipped with a reason is not missed: the cadence starts again from it', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    const { go, markDocument, stillSameDocument, panel } = screens(page)
    await openApp(`/team/${ana.id}`)
    await markDocument()
    const leave = page.getByRole('region', { name: 'Time away and skipped one-on-ones' })
    await leave.getByRole('button', { name: 'Skip a one-on-one…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Skip a one-on-one with Ana Lima' })
    await dialog.getByRole('button', { name: 'Skip it' }).click()
    // No reason: refused on its field, nothing written.
    await expect(dialog.getByRole('alert')).toContainText('Say why this one-on-one is skipped.')
    expect(journal.db.prepare('SELECT count(*) FROM one_on_one_skips').pluck().get()).toBe(0)
    await dialog.getByLabel('Reason').fill('Team offsite')
    await dialog.getByRole('button', { name: 'Skip it' }).click()
    await expect(dialog).toBeHidden()
    await expect(leave).toContainText('Team offsite')

    const section = page.getByRole('region', { name: 'Insights' })
    await expect(section.getByRole('region', { name: 'One-on-one rhythm' })).toContainText(
      'Ana Lima is not overdue'
    )
    await go('/team')
    const anaRow = page
      .getByRole('list', { name: 'Team members' })
      .getByRole('listitem')
      .filter({ hasText: 'Ana Lima' })
    await expect(anaRow).not.toContainText('Overdue')
    await go('/insights')
    await expect(panel('One-on-one rhythm')).not.toContainText('Overdue now: Ana Lima')

    // Time away planned ahead shows on the Team list before it starts.
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Search or run a command' }).fill('away ana')
    await page.getByRole('option', { name: /Mark Ana Lima away/ }).click()
    const away = page.getByRole('dialog', { name: 'Mark Ana Lima away' })
    await away.getByLabel('First day away').fill(daysAgo(-10))
    await away.getByLabel('Last day away').fill(daysAgo(-20))
    await away.getByRole('button', { name: 'Mark away' }).click()
    await expect(away).toBeHidden()
    await go('/team')
    await expect(anaRow).toContainText('Away from')
    await stillSameDocument()
  })

  test('a talking point ticked before the text editor has loaded is linked all the same', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    createTalkingPoint(journal.db, { memberId: ana.id, owner: 'me', text: 'Budget for the offsite' })
    // The text editor loads on demand: hold it back, as a slow disk would.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/MarkdownEditor-[^/]*\.js$/, async (route) => {
      await held
      await route.fallback()
    })
    await openApp(`/one-on-one/${ana.id}`)
    const tick = page.getByRole('checkbox', { name: 'Discussed: Budget for the offsite' })
    await tick.check()
    await expect(page).toHaveURL(new RegExp(`#/one-on-one/${ana.id}/[0-9a-f-]{36}$`))
    await expect(tick).toBeChecked()
    await expect
      .poll(() => journal.db.prepare('SELECT reflection_id FROM talking_points').pluck().get())
      .not.toBeNull()
    release()
    await expect(page.getByRole('textbox', { name: 'Reflection' })).toBeVisible()
  })

  test('opening a one-on-one and leaving without writing saves nothing and stays where the leader went', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    const { go, markDocument, stillSameDocument } = screens(page)
    await openApp(`/team/${ana.id}`)
    await markDocument()
    await go(`/one-on-one/${ana.id}`)
    await expect(page.getByRole('textbox', { name: 'Reflection' })).toBeVisible()
    await go('/insights')
    await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible()
    await expect(page).toHaveURL(/#\/insights$/)
    expect(journal.db.prepare('SELECT count(*) FROM reflections').pluck().get()).toBe(1)
    await stillSameDocument()
  })

  test('a talking point deleted goes to the Trash and comes back on every screen that shows it', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    createTalkingPoint(journal.db, { memberId: ana.id, owner: 'them', text: 'Her promotion case' })
    const { go, markDocument, stillSameDocument, search, closePalette } = screens(page)
    await openApp(`/one-on-one/${ana.id}`)
    await markDocument()
    const prep = page.getByRole('complementary', { name: 'Preparation' })
    await prep.getByRole('button', { name: 'Delete talking point: Her promotion case' }).click()
    await expect(prep).not.toContainText('Her promotion case')
    await expect((await search('promotion')).getByRole('option', { name: /Her promotion case/ })).toHaveCount(
      0
    )
    await closePalette()

    await go('/trash')
    const deleted = page.getByRole('list', { name: 'Deleted entries' })
    await expect(deleted.getByRole('listitem').filter({ hasText: 'Her promotion case' })).toContainText(
      'Talking point'
    )
    await deleted.getByRole('button', { name: 'Restore Her promotion case' }).click()
    await expect(deleted).not.toContainText('Her promotion case')

    await go(`/team/${ana.id}`)
    await expect(page.getByRole('region', { name: 'Talking points for the next one-on-one' })).toContainText(
      'Her promotion case'
    )
    await go(`/one-on-one/${ana.id}`)
    await expect(prep).toContainText('Her promotion case')
    await expect(
      (await search('promotion')).getByRole('option', { name: /Her promotion case/ })
    ).toBeVisible()
    await closePalette()
    await stillSameDocument()
  })

  test('a talking point too long says so in words, without the field’s code name', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    await openApp(`/team/${ana.id}`)
    const points = page.getByRole('region', { name: 'Talking points for the next one-on-one' })
    await points.getByRole('textbox', { name: 'Talking point' }).fill('x'.repeat(2001))
    await points.getByRole('button', { name: 'Add' }).click()
    await expect(points.getByRole('alert')).toHaveText('Keep a talking point under 2,000 characters.')
  })
})
