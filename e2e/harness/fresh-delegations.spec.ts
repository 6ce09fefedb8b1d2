import { daysAgo } from '../support/days'
import { expect, test } from './fixture'
import { screens } from './screens'
import { seedTeam } from './seedTeam'

/**
 * Writes to delegations, their check-ins, levels and closes reach every screen that shows them, without a reload
 * (each journey moves around as screens.ts does).
 */
test.describe('A write shows on every screen that shows its data, without a reload', () => {
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
})
