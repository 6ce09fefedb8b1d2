import { daysAgo } from '../support/days'
import { expect, test } from './fixture'
import { screens } from './screens'
import { seedTeam } from './seedTeam'

/**
 * Every screen tells the truth: each journey first looks at the screens that show some data (so they are
 * cached, as they are for a person moving around the app), then makes a write from one screen, then goes back
 * to each of the others, without a reload, and finds the write there.
 */
test.describe('A write shows on every screen that shows its data, without a reload', () => {
  test('a new team member, then a new name', async ({ page, openApp, journal }) => {
    const { ana } = await seedTeam(journal)
    const { go, markDocument, stillSameDocument, search, closePalette, panel } = screens(page)
    await openApp('/insights')
    await markDocument()
    await expect(panel('One-on-one rhythm')).toContainText('Ben Okafor')
    await go('/journal')
    await expect(page.getByLabel('Person').getByRole('option')).toHaveText([
      'Everyone',
      'Ana Lima',
      'Ben Okafor'
    ])
    await expect((await search('Patel')).getByRole('option')).toHaveCount(0)
    await closePalette()

    await go('/team')
    await page.getByRole('button', { name: 'Add member' }).first().click()
    const form = page.getByRole('dialog', { name: 'Add team member' })
    await form.getByLabel('Name').fill('Dev Patel')
    await form.getByRole('button', { name: 'Add member' }).click()
    await expect(page.getByRole('list', { name: 'Team members' })).toContainText('Dev Patel')

    await go('/insights')
    await expect(panel('One-on-one rhythm')).toContainText('Dev Patel')
    await go('/journal')
    await expect(page.getByLabel('Person').getByRole('option')).toContainText(['Dev Patel'])
    await expect(
      (await search('Patel')).getByRole('option').filter({ hasText: 'Dev Patel' })
    ).not.toHaveCount(0)
    await closePalette()

    // A new name, from the person's page, reaches the rows that show it elsewhere.
    await go('/delegations')
    await expect(page.getByRole('main')).toContainText('Ana Lima')
    await go('/actions')
    await expect(page.getByRole('main')).toContainText('Ana Lima')
    await go(`/team/${ana.id}`)
    await page.getByRole('button', { name: 'Edit profile' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit Ana Lima' })
    await edit.getByLabel('Name').fill('Ana Costa')
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('heading', { name: 'Ana Costa', level: 1 })).toBeVisible()

    await go('/team')
    await expect(page.getByRole('list', { name: 'Team members' })).toContainText('Ana Costa')
    await go('/journal')
    await expect(page.getByRole('list', { name: 'Reflections' })).toContainText('Ana Costa')
    await go('/delegations')
    await expect(page.getByRole('main')).toContainText('Ana Costa')
    await go('/actions')
    await expect(page.getByRole('main')).toContainText('Ana Costa')
    await stillSameDocument()
  })

  test('a one-on-one write-up', async ({ page, openApp, journal }) => {
    const seeded = await seedTeam(journal)
    const ben = journal.db.prepare(`SELECT id FROM members WHERE name = 'Ben Okafor'`).pluck().get() as string
    const { go, markDocument, stillSameDocument, search, closePalette, panel } = screens(page)
    await openApp('/team')
    await markDocument()
    const benRow = page.getByRole('listitem').filter({ hasText: 'Ben Okafor' })
    await expect(benRow).toContainText('No one-on-one yet')
    await go(`/team/${ben}`)
    await expect(page.getByText('Nothing yet').first()).toBeVisible()
    await go('/journal')
    await expect(page.getByRole('list', { name: 'Reflections' }).getByRole('listitem')).toHaveCount(1)
    await go('/insights')
    await expect(panel('Leading vs managing')).toContainText('from 1 reflection')
    await expect((await search('critique')).getByRole('option')).toHaveCount(0)
    await closePalette()

    await go(`/one-on-one/${ben}`)
    await page.getByLabel('Title').fill('Design critique')
    await page.getByRole('textbox', { name: 'Reflection' }).click()
    await page.keyboard.insertText('He wants to run the critique himself.')
    await page.getByRole('radio', { name: '3: Okay' }).check()
    await page.getByRole('radio', { name: '5: I led: asked, trusted, let them own it' }).check()
    await page.getByLabel('Tags').fill('growth')
    await page.getByLabel('Tags').press('Enter')
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
    await expect.poll(() => journal.db.prepare(`SELECT count(*) FROM reflection_tags`).pluck().get()).toBe(2)

    await go('/team')
    await expect(benRow).toContainText('One-on-one today')
    await go(`/team/${ben}`)
    await expect(page.getByRole('list', { name: 'Ben Okafor’s timeline' })).toContainText('Design critique')
    await go('/journal')
    await expect(page.getByRole('list', { name: 'Reflections' })).toContainText('Design critique')
    await expect(page.getByLabel('Tag').getByRole('option')).toContainText(['growth (1)'])
    await go('/insights')
    await expect(panel('Leading vs managing')).toContainText('from 2 reflections')
    await expect(panel('Mood')).toContainText('from 2 reflections')
    await expect(
      (await search('critique')).getByRole('option').filter({ hasText: 'Design critique' })
    ).not.toHaveCount(0)
    await closePalette()
    expect(seeded.reflection.title).toBe('Release train handover')
    await stillSameDocument()
  })

  test('action items ticked off in one place and added in another', async ({ page, openApp, journal }) => {
    const { ana } = await seedTeam(journal)
    const ben = journal.db.prepare(`SELECT id FROM members WHERE name = 'Ben Okafor'`).pluck().get() as string
    const { go, markDocument, stillSameDocument, search, closePalette } = screens(page)
    await openApp(`/team/${ana.id}`)
    await markDocument()
    const openItems = page.getByRole('region', { name: 'Open action items' })
    await expect(openItems).toContainText('Draft the rollout plan')
    await go(`/one-on-one/${ana.id}`)
    const prep = page.getByRole('complementary', { name: 'Preparation' })
    await expect(prep).toContainText('Draft the rollout plan')
    await go(`/team/${ben}`)
    await expect(openItems).toContainText('Nothing open')
    await expect((await search('critique notes')).getByRole('option')).toHaveCount(0)
    await closePalette()

    await go('/actions')
    await page.getByRole('checkbox', { name: 'Done: Draft the rollout plan' }).click()
    // It leaves the open lists for the Done list below them.
    await expect(
      page.getByRole('checkbox', { name: 'Done: Draft the rollout plan', checked: false })
    ).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Done action items' })).toContainText(
      'Draft the rollout plan'
    )

    await go(`/one-on-one/${ana.id}`)
    await expect(prep).not.toContainText('Draft the rollout plan')

    await go(`/one-on-one/${ben}`)
    const newItem = page.getByRole('form', { name: 'New action item' })
    await newItem.getByLabel('Action item').fill('Share the critique notes')
    await newItem.getByRole('button', { name: 'Add' }).click()
    await expect(page.getByRole('checkbox', { name: 'Done: Share the critique notes' })).toBeVisible()

    await go('/actions')
    await expect(page.getByRole('main')).toContainText('Share the critique notes')
    await go(`/team/${ben}`)
    await expect(openItems).toContainText('Share the critique notes')
    await expect(page.getByRole('list', { name: 'Ben Okafor’s timeline' })).toContainText(
      'Share the critique notes'
    )
    await expect(
      (await search('critique notes')).getByRole('option').filter({ hasText: 'Share the critique notes' })
    ).not.toHaveCount(0)
    await closePalette()
    await stillSameDocument()
  })

  test('a delegation, its check-ins, a new level and its close', async ({ page, openApp, journal }) => {
    await seedTeam(journal)
    const ben = journal.db.prepare(`SELECT id FROM members WHERE name = 'Ben Okafor'`).pluck().get() as string
    const title = 'Run the design critique'
    const { go, markDocument, stillSameDocument, search, closePalette, panel, withFigures } = screens(page)
    await openApp(`/team/${ben}`)
    await markDocument()
    const delegations = page.getByRole('region', { name: 'Delegations' })
    await expect(delegations).toContainText('Nothing delegated yet')
    const timeline = page.getByRole('list', { name: 'Ben Okafor’s timeline' })
    await expect(page.getByText('Nothing yet').first()).toBeVisible()
    await go(`/one-on-one/${ben}`)
    const prep = page.getByRole('complementary', { name: 'Preparation' })
    await expect(prep).toContainText('No active delegations')
    await go('/insights')
    await expect(panel('Delegation outcomes')).not.toContainText('Ben Okafor')
    await go('/delegations')
    await expect(page.getByRole('main')).not.toContainText(title)
    await expect((await search('design critique')).getByRole('option')).toHaveCount(0)
    await closePalette()

    await page.getByRole('button', { name: 'New delegation' }).first().click()
    const form = page.getByRole('dialog', { name: 'New delegation' })
    await form.getByLabel('Team member').selectOption({ label: 'Ben Okafor' })
    await form.getByLabel('Title').fill(title)
    await form.getByRole('radio', { name: /Consult/ }).check()
    await form.getByLabel('Status').selectOption('active')
    await form.getByLabel('Start date').fill(daysAgo(10))
    await form.getByLabel('Check in every (days)').fill('7')
    await form.getByRole('button', { name: 'Delegate' }).click()
    await expect(form).toBeHidden()

    await go(`/team/${ben}`)
    await expect(delegations.getByRole('list', { name: 'Active delegations' })).toContainText(title)
    await expect(page.getByRole('list', { name: 'Authority ladder' })).toContainText(title)
    await go(`/one-on-one/${ben}`)
    await expect(prep).toContainText(title)
    await expect(
      (await search('design critique')).getByRole('option').filter({ hasText: title })
    ).not.toHaveCount(0)
    await closePalette()

    // A check-in from the person's page reaches their timeline, the board and the delegation's page.
    await go(`/team/${ben}`)
    await page.getByRole('button', { name: `Check in on ${title}` }).click()
    const checkIn = page.getByRole('dialog', { name: `Check in: ${title}` })
    await checkIn.getByLabel('Progress').fill('First critique ran without me')
    await checkIn.getByRole('radio', { name: 'On track', exact: true }).check()
    await checkIn.getByRole('radio', { name: /^Held back/ }).check()
    await checkIn.getByRole('button', { name: 'Save check-in' }).click()
    await expect(checkIn).toBeHidden()
    await expect(timeline).toContainText('First critique ran without me')
    await go('/team')
    await go(`/team/${ben}`)
    await expect(timeline).toContainText('First critique ran without me')
    await expect(page.getByRole('region', { name: 'Overall' })).toContainText('held back or coached 1')
    await go('/delegations')
    const card = page.getByRole('list', { name: 'Active' }).getByRole('listitem').filter({ hasText: title })
    await expect(card).toContainText(/Last check-in/)
    await card.getByRole('button', { name: new RegExp(`^${title}`) }).click()
    await expect(page.getByRole('list', { name: 'Check-in timeline' })).toContainText(
      'First critique ran without me'
    )

    // A new level, from the delegation's page.
    await page.getByRole('button', { name: 'Change level' }).click()
    const level = page.getByRole('dialog', { name: `Change authority: ${title}` })
    await level.getByRole('radio', { name: /Agree/ }).check()
    await level.getByLabel('Reason').fill('He ran it well')
    await level.getByRole('button', { name: 'Raise to 4 · Agree' }).click()
    await expect(level).toBeHidden()
    await go('/delegations')
    await expect(card).toContainText('Agree')
    await go(`/team/${ben}`)
    await expect(page.getByRole('list', { name: 'Authority ladder' })).toContainText(
      'Raised from 3 · Consult to 4 · Agree'
    )
    await go('/insights')
    // The panel's figures list every step with its delegation (drawn when opened).
    await expect(await withFigures('Authority ladder')).toContainText(title)

    // Closed as done: no longer active anywhere, counted in the outcomes.
    const delegationId = journal.db.prepare(`SELECT id FROM delegations WHERE title = ?`).pluck().get(title)
    await go(`/delegations/${delegationId as string}`)
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    const closing = page.getByRole('dialog', { name: `Close: ${title}` })
    await closing.getByRole('radio', { name: /^Done/ }).check()
    await closing.getByRole('button', { name: 'Close delegation' }).click()
    await expect(closing).toBeHidden()
    await go('/delegations')
    await expect(page.getByRole('list', { name: 'Done' })).toContainText(title)
    await go(`/team/${ben}`)
    await expect(delegations).not.toContainText('Active delegations')
    await go(`/one-on-one/${ben}`)
    await expect(prep).toContainText('No active delegations')
    await go('/insights')
    await expect(await withFigures('Delegation outcomes')).toContainText('Ben Okafor')
    await stillSameDocument()
  })

  test('a check-in that takes it back and hands the delegation back, in one step', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana, delegation } = await seedTeam(journal)
    const { go, markDocument, stillSameDocument, panel } = screens(page)
    await openApp('/delegations')
    await markDocument()
    await expect(page.getByRole('list', { name: 'Active' })).toContainText(delegation.title)
    await go(`/team/${ana.id}`)
    await expect(page.getByRole('list', { name: 'Active delegations' })).toContainText(delegation.title)
    await go('/insights')
    await expect(panel('Leading vs managing')).toContainText('at 0 of 1 check-ins')

    await go(`/one-on-one/${ana.id}`)
    await page.getByRole('button', { name: `Check in on ${delegation.title}` }).click()
    const dialog = page.getByRole('dialog', { name: `Check in: ${delegation.title}` })
    await dialog.getByRole('radio', { name: 'Struggling', exact: true }).check()
    await dialog.getByRole('radio', { name: /^Took it back/ }).check()
    await expect(dialog.getByLabel('Also mark the delegation as handed back')).toBeChecked()
    await dialog.getByRole('button', { name: 'Save check-in' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('complementary', { name: 'Preparation' })).toContainText(
      'No active delegations'
    )

    await go('/delegations')
    await expect(page.getByRole('list', { name: 'Handed back' })).toContainText(delegation.title)
    await go(`/team/${ana.id}`)
    await expect(page.getByRole('region', { name: 'Delegations' })).not.toContainText('Active delegations')
    await go('/insights')
    await expect(panel('Leading vs managing')).toContainText('at 1 of 2 check-ins')
    expect(journal.db.prepare('SELECT status FROM delegations').pluck().get()).toBe('handed_back')
    await stillSameDocument()
  })

  test('deleting to the trash and restoring from it', async ({ page, openApp, journal }) => {
    const { ana, reflection, delegation } = await seedTeam(journal)
    const { go, markDocument, stillSameDocument, search, closePalette } = screens(page)
    await openApp('/trash')
    await markDocument()
    const trash = page.getByRole('list', { name: 'Deleted entries' })
    await expect(trash.getByRole('listitem')).toHaveCount(1)
    /** The delegation and the reflection on the board, the journal, the person's page and in search. */
    const expectListed = async (listed: boolean) => {
      const shows = (locator: ReturnType<typeof page.getByRole>, text: string) =>
        listed ? expect(locator).toContainText(text) : expect(locator).not.toContainText(text)
      await go('/delegations')
      await shows(page.getByRole('main'), delegation.title)
      await go('/journal')
      await shows(page.getByRole('main'), reflection.title)
      await go(`/team/${ana.id}`)
      await shows(page.getByRole('region', { name: 'Delegations' }), delegation.title)
      await shows(page.getByRole('region', { name: 'Timeline' }), reflection.title)
      const found = (await search('release train')).getByRole('option').filter({ hasText: reflection.title })
      await (listed ? expect(found).not.toHaveCount(0) : expect(found).toHaveCount(0))
      await closePalette()
    }
    await expectListed(true)

    await go(`/delegations/${delegation.id}`)
    await page.getByRole('button', { name: 'Delete delegation' }).click()
    await expect(page).toHaveURL(/#\/delegations$/)
    await go(`/journal/${reflection.id}`)
    await page.getByRole('button', { name: 'Move to trash' }).click()
    await expect(page).toHaveURL(/#\/journal$/)

    await go('/trash')
    await expect(trash).toContainText(delegation.title)
    await expect(trash).toContainText(reflection.title)
    await expectListed(false)

    await go('/trash')
    await page.getByRole('button', { name: `Restore ${delegation.title}` }).click()
    await page.getByRole('button', { name: `Restore ${reflection.title}` }).click()
    await expect(trash.getByRole('listitem')).toHaveCount(1)
    await expectListed(true)

    // A person: gone from the team and the journal's filter, back with Restore.
    await go('/team')
    await page.getByRole('button', { name: 'Delete Ben Okafor' }).click()
    await go('/journal')
    await expect(page.getByLabel('Person').getByRole('option')).toHaveText(['Everyone', 'Ana Lima'])
    await go('/trash')
    await page.getByRole('button', { name: 'Restore Ben Okafor' }).click()
    await go('/team')
    await expect(page.getByRole('list', { name: 'Team members' })).toContainText('Ben Okafor')
    await stillSameDocument()
  })

  test('the sample team, opened from Settings and removed from the palette', async ({
    page,
    openApp,
    journal
  }) => {
    await seedTeam(journal)
    const { go, markDocument, stillSameDocument } = screens(page)
    await openApp('/team')
    await markDocument()
    const team = page.getByRole('list', { name: 'Team members' })
    await expect(team.getByRole('listitem')).toHaveCount(2)
    await go('/journal')
    await expect(page.getByRole('list', { name: 'Reflections' }).getByRole('listitem')).toHaveCount(1)

    await go('/settings')
    await page
      .getByRole('region', { name: 'Sample team' })
      .getByRole('button', { name: 'Open a sample team' })
      .click()
    await expect(page.getByRole('region', { name: 'Sample team' }).getByRole('button')).toHaveText(
      'Remove sample team'
    )
    await go('/team')
    await expect(team.getByRole('listitem')).toHaveCount(5)
    await expect(page.getByRole('note')).toContainText('sample team')
    await go('/journal')
    await expect(page.getByRole('list', { name: 'Reflections' }).getByRole('listitem')).toHaveCount(3)

    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Search or run a command' }).fill('sample')
    await page.getByRole('option', { name: 'Remove the sample team' }).click()
    await expect(page.getByRole('list', { name: 'Reflections' }).getByRole('listitem')).toHaveCount(1)
    await go('/team')
    await expect(team.getByRole('listitem')).toHaveCount(2)
    await expect(page.getByRole('note')).toBeHidden()
    await go('/settings')
    await expect(page.getByRole('region', { name: 'Sample team' }).getByRole('button')).toHaveText(
      'Open a sample team'
    )
    await stillSameDocument()
  })

  test('a backup restored over newer work', async ({ page, openApp, journal }) => {
    await seedTeam(journal)
    const { go, markDocument, stillSameDocument } = screens(page)
    await openApp('/backups')
    await markDocument()
    const backups = page.getByRole('list', { name: 'Backups' })
    await page.getByRole('button', { name: 'Back up now' }).click()
    await expect(backups.getByRole('listitem')).toHaveCount(1)

    await go('/team')
    await page.getByRole('button', { name: 'Add member' }).first().click()
    const form = page.getByRole('dialog', { name: 'Add team member' })
    await form.getByLabel('Name').fill('Dev Patel')
    await form.getByRole('button', { name: 'Add member' }).click()
    const team = page.getByRole('list', { name: 'Team members' })
    await expect(team).toContainText('Dev Patel')

    await go('/backups')
    await backups.getByRole('button', { name: /^Restore the backup of/ }).click()
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Restore/ })
      .click()
    await expect(backups.getByRole('listitem')).toHaveCount(2)
    await go('/team')
    await expect(team.getByRole('listitem')).toHaveCount(2)
    await expect(team).not.toContainText('Dev Patel')
    await stillSameDocument()
  })
})
