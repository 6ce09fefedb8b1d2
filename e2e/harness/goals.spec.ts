import { dispatchFor } from '../../src/main/testing/dispatchFor'
import { expect, test } from './fixture'
import { screens } from './screens'
import { seedTeam } from './seedTeam'

/**
 * Growth goals as a leader builds them, without a reload: a growth area becomes a goal, a delegation serves
 * it (its person's page, the delegation's page and the board all say so), it is achieved, found by search,
 * and deleted with Undo.
 */
test.describe('Growth goals', () => {
  test('a growth area becomes a goal, a delegation serves it, it is achieved, found, deleted and brought back', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana, delegation } = await seedTeam(journal)
    await dispatchFor(journal).ok('members.update', {
      id: ana.id,
      growthAreas: '- Lead a design review\n- Mentor a new hire'
    })
    const { go, markDocument, stillSameDocument, search, closePalette } = screens(page)
    await openApp(`/team/${ana.id}`)
    await markDocument()
    const section = page.getByRole('region', { name: 'Growth goals' })
    await expect(section).toContainText('No growth goals yet')

    await section.getByRole('button', { name: 'Make it a goal: Lead a design review' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add growth goal for Ana Lima' })
    await expect(dialog.getByRole('textbox', { name: 'Goal' })).toHaveValue('Lead a design review')
    await dialog.getByRole('textbox', { name: /Why it matters/ }).fill('She wants to become a tech lead.')
    await dialog.getByRole('button', { name: 'Add goal' }).click()
    await expect(dialog).toBeHidden()
    const goal = section.getByRole('listitem', { name: 'Goal: Lead a design review' })
    await expect(goal).toContainText('She wants to become a tech lead.')
    await expect(goal).toContainText('Active')
    // The growth area made a goal is no longer offered; the other still is.
    await expect(section.getByRole('button', { name: 'Make it a goal: Lead a design review' })).toHaveCount(0)
    await expect(section.getByRole('button', { name: 'Make it a goal: Mentor a new hire' })).toBeVisible()

    // The board and the person's page were drawn before the delegation serves the goal.
    await go('/delegations')
    const card = page.getByRole('listitem').filter({ hasText: 'Own the 4.2 release' })
    await expect(card).not.toContainText('Serves:')
    await go(`/delegations/${delegation.id}`)
    await page.getByRole('button', { name: 'Edit delegation' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit Own the 4.2 release' })
    await edit.getByLabel('Serves the goal').selectOption({ label: 'Lead a design review' })
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await expect(edit).toBeHidden()
    await expect(page.getByText('Serves:')).toBeVisible()
    await go('/delegations')
    await expect(card).toContainText('Serves: Lead a design review')
    await go(`/delegations/${delegation.id}`)
    await page.getByRole('button', { name: 'Lead a design review' }).click()
    await expect(page).toHaveURL(new RegExp(`#/team/${ana.id}\\?goal=`))
    await expect(goal).toContainText('Own the 4.2 release')

    await goal.getByRole('button', { name: 'Mark achieved: Lead a design review' }).click()
    await expect(goal).toContainText('Achieved')
    await expect(goal.getByRole('button', { name: 'Make active again: Lead a design review' })).toBeVisible()
    await expect(page.getByRole('list', { name: /timeline/i })).toContainText(
      'Growth goal set: Lead a design review · achieved'
    )

    const results = await search('design review')
    await results.getByRole('option', { name: /^Lead a design review/ }).click()
    await expect(page).toHaveURL(new RegExp(`#/team/${ana.id}\\?goal=[0-9a-f-]{36}$`))
    await expect(goal).toHaveClass(/goal--highlighted/)
    await closePalette()

    await goal.getByRole('button', { name: 'Delete goal: Lead a design review' }).click()
    await expect(goal).toHaveCount(0)
    await page
      .locator('.toast')
      .filter({ hasText: 'Growth goal moved to the trash.' })
      .getByRole('button', { name: 'Undo' })
      .click()
    await expect(goal).toContainText('Own the 4.2 release')
    await expect(goal).toContainText('Achieved')
    await stillSameDocument()
  })

  test('a double click on "Add goal" while the form is being checked adds the goal once', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    await dispatchFor(journal).ok('members.update', { id: ana.id, growthAreas: '- Lead a design review' })
    // The form's checks arrive late (their file is on demand), so the first click is still being checked.
    await page.route(/\/assets\/formSchemas-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await route.fallback()
    })
    await openApp(`/team/${ana.id}`)
    const section = page.getByRole('region', { name: 'Growth goals' })
    await section.getByRole('button', { name: 'Make it a goal: Lead a design review' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add growth goal for Ana Lima' })
    await dialog.getByRole('button', { name: 'Add goal' }).click()
    await dialog.getByRole('button', { name: 'Add goal' }).click({ force: true })
    await expect(dialog).toBeHidden()
    await expect(section).toContainText('Lead a design review')
    expect(journal.db.prepare('SELECT count(*) FROM goals').pluck().get()).toBe(1)
  })

  test("a new delegation serves one of its person's goals; choosing another person clears it", async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    const api = dispatchFor(journal)
    await api.ok('goals.create', { memberId: ana.id, title: 'Lead a design review' })
    const dropped = await api.ok('goals.create', { memberId: ana.id, title: 'An old goal' })
    await api.ok('goals.update', { id: dropped.id, status: 'dropped' })
    await openApp('/delegations')
    await page.getByRole('button', { name: 'New delegation' }).click()
    const dialog = page.getByRole('dialog', { name: 'New delegation' })
    const goal = dialog.getByLabel('Serves the goal')
    await expect(goal).toBeDisabled()
    await dialog.getByLabel('Team member').selectOption({ label: 'Ana Lima' })
    // Active goals only.
    await expect(goal.getByRole('option')).toHaveText(['No goal', 'Lead a design review'])
    await goal.selectOption({ label: 'Lead a design review' })
    await dialog.getByLabel('Team member').selectOption({ label: 'Ben Okafor' })
    await expect(goal).toHaveValue('')
    await expect(goal.getByRole('option')).toHaveText(['No goal'])
    await expect(dialog).toContainText('They have no active growth goal yet')
    await dialog.getByLabel('Team member').selectOption({ label: 'Ana Lima' })
    await goal.selectOption({ label: 'Lead a design review' })
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Chair the review')
    await dialog.getByRole('radio', { name: /Consult/ }).check()
    await dialog.getByRole('button', { name: 'Delegate' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('listitem').filter({ hasText: 'Chair the review' })).toContainText(
      'Serves: Lead a design review'
    )
  })

  test('the palette adds a growth goal for a person, wherever the leader is; Insights counts it', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    const { search, panel, withFigures } = screens(page)
    await openApp('/insights')
    await expect(panel('Growth goals')).toContainText('No growth goals yet.')
    const results = await search('growth goal ana')
    await results.getByRole('option', { name: /Add growth goal for Ana Lima/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Add growth goal for Ana Lima' })
    await dialog.getByRole('button', { name: 'Add goal' }).click()
    await expect(dialog.getByRole('alert')).toContainText('Name the goal')
    await dialog.getByRole('textbox', { name: 'Goal' }).fill('Negotiate the vendor contract')
    await dialog.getByRole('button', { name: 'Add goal' }).click()
    await expect(dialog).toBeHidden()
    // Insights, on screen all along, counts it without a reload; its figures open the goal.
    await expect(panel('Growth goals')).toContainText(
      '1 active growth goal and 0 achieved; 0 delegations serving them. No active goal: Ben Okafor.'
    )
    const figures = await withFigures('Growth goals')
    await figures.getByRole('link', { name: 'Negotiate the vendor contract' }).click()
    await expect(page).toHaveURL(new RegExp(`#/team/${ana.id}\\?goal=`))
    await expect(
      page
        .getByRole('region', { name: 'Growth goals' })
        .getByRole('listitem', { name: /Negotiate the vendor/ })
    ).toHaveClass(/goal--highlighted/)
  })

  test('feedback that speaks to a goal shows under the goal, at once', async ({ page, openApp, journal }) => {
    const { ana } = await seedTeam(journal)
    const api = dispatchFor(journal)
    await api.ok('goals.create', { memberId: ana.id, title: 'Lead a design review' })
    const old = await api.ok('goals.create', { memberId: ana.id, title: 'An achieved goal' })
    await api.ok('goals.update', { id: old.id, status: 'achieved' })
    await openApp(`/team/${ana.id}`)
    const goal = page
      .getByRole('region', { name: 'Growth goals' })
      .getByRole('listitem', { name: 'Goal: Lead a design review' })
    await expect(goal).toContainText('No feedback about it yet.')
    await page
      .getByRole('region', { name: 'Feedback', exact: true })
      .getByRole('button', { name: 'Log feedback' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Log feedback for Ana Lima' })
    const speaksTo = dialog.getByLabel('Speaks to the goal')
    // Active goals only.
    await expect(speaksTo.getByRole('option')).toHaveText(['No goal', 'Lead a design review'])
    await speaksTo.selectOption({ label: 'Lead a design review' })
    await dialog.getByLabel('Behaviour').fill('Ran the design review without notes from me')
    await dialog.getByRole('button', { name: 'Log feedback' }).click()
    await expect(dialog).toBeHidden()
    await expect(goal).toContainText('Ran the design review without notes from me')
  })
})
