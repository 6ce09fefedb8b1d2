import { createFeedback } from '../../src/main/journal/feedback'
import { daysAgo } from '../support/days'
import { expect, test } from './fixture'
import { screens } from './screens'
import { seedTeam } from './seedTeam'

/**
 * The feedback log as a leader uses it, without a reload: praise logged from the palette shows in the count
 * and the timeline at once; feedback to deliver waits as a talking point in the next one-on-one and is given
 * there with their response; search finds it; a delete can be undone; someone without praise is nudged.
 */
test.describe('The feedback log', () => {
  test('praise from the palette updates the count and the timeline; search opens it; delete and Undo', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    const { go, markDocument, stillSameDocument, search, panel } = screens(page)
    await openApp(`/insights`)
    await markDocument()
    await expect(panel('Feedback given')).toContainText('No feedback given to the team')
    await go(`/team/${ana.id}/packet`)
    const packet = page.getByRole('region', { name: 'Feedback given' })
    await expect(packet).toContainText('None logged in this period.')
    await go(`/team/${ana.id}`)
    const section = page.getByRole('region', { name: 'Feedback', exact: true })
    await expect(section).toContainText('0 praise, 0 redirect in 90 days')

    const results = await search('feedback ana')
    await results.getByRole('option', { name: /Log feedback for Ana Lima/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Log feedback for Ana Lima' })
    await dialog.getByLabel('Situation').fill('In the incident on Tuesday')
    await dialog.getByLabel('Behaviour').fill('Kept the status page current every ten minutes')
    await dialog.getByLabel('Impact').fill('Support had answers for customers')
    await dialog.getByLabel('Ana Lima’s response').fill('Said it was a team effort')
    await dialog.getByRole('button', { name: 'Log feedback' }).click()
    await expect(dialog).toBeHidden()

    await expect(section).toContainText('1 praise, 0 redirect in 90 days')
    await expect(section.getByRole('listitem')).toContainText('Kept the status page current')
    const timeline = page.getByRole('list', { name: /timeline/i })
    await expect(timeline).toContainText('Praise: Kept the status page current every ten minutes')
    await expect(timeline).toContainText('Response: Said it was a team effort')

    const found = await search('status page')
    await found.getByRole('option', { name: /Praise: Kept the status page current/ }).click()
    await expect(page).toHaveURL(/\?feedback=/)
    await expect(section.locator('.feedback-row--found')).toContainText('Kept the status page current')

    await section.getByRole('button', { name: /Delete feedback: Kept the status page/ }).click()
    await expect(section).toContainText('No feedback yet')
    await expect(section).toContainText('0 praise, 0 redirect in 90 days')
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(section).toContainText('1 praise, 0 redirect in 90 days')
    await expect(timeline).toContainText('Praise: Kept the status page current')

    // Insights and the review packet, drawn before, show it without a reload.
    await go('/insights')
    await expect(panel('Feedback given')).toContainText('1 praise and 0 redirects for the team')
    await go(`/team/${ana.id}/packet`)
    await expect(packet).toContainText('praise: Kept the status page current every ten minutes')
    await stillSameDocument()
  })

  test('feedback to deliver is a talking point in the next 1:1, and is delivered there with their response', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    const { go, markDocument, stillSameDocument } = screens(page)
    await openApp(`/team/${ana.id}`)
    await markDocument()
    const section = page.getByRole('region', { name: 'Feedback', exact: true })
    await section.getByRole('button', { name: 'Log feedback' }).click()
    const dialog = page.getByRole('dialog', { name: 'Log feedback for Ana Lima' })
    await dialog.getByRole('radio', { name: 'Redirect' }).check()
    await dialog.getByLabel('Behaviour').fill('Merged the hotfix without a review')
    await dialog.getByRole('radio', { name: 'At the next one-on-one' }).check()
    await expect(dialog.getByLabel('Ana Lima’s response')).toHaveCount(0)
    await dialog.getByRole('button', { name: 'Log feedback' }).click()
    await expect(dialog).toBeHidden()
    await expect(section).toContainText('To deliver')
    await expect(section).toContainText('1 to deliver')
    const points = page.getByRole('region', { name: 'Talking points for the next one-on-one' })
    await expect(points).toContainText('Feedback: Merged the hotfix without a review')

    await page.getByRole('button', { name: 'Start one-on-one' }).click()
    const prep = page.getByRole('complementary', { name: 'Preparation' })
    const point = prep.getByRole('listitem').filter({ hasText: 'Feedback: Merged the hotfix' })
    await expect(point).toContainText('Redirect')
    await point.getByRole('button', { name: /Delivered/ }).click()
    const deliver = page.getByRole('dialog', { name: 'Feedback delivered' })
    await deliver.getByLabel('Ana Lima’s response').fill('Agreed to ask for a review next time')
    await deliver.getByRole('button', { name: 'Save' }).click()
    await expect(deliver).toBeHidden()
    await expect(prep.getByRole('checkbox', { name: /Discussed: Feedback: Merged the hotfix/ })).toBeChecked()
    await expect(point.getByRole('button', { name: /Delivered/ })).toHaveCount(0)

    await go(`/team/${ana.id}`)
    await expect(section).toContainText('0 praise, 1 redirect in 90 days')
    await expect(section).toContainText('Response: Agreed to ask for a review next time')
    await expect(points).not.toContainText('Merged the hotfix')
    await expect(page.getByRole('list', { name: /timeline/i })).toContainText(
      'Redirect (in a one-on-one): Merged the hotfix without a review'
    )
    await stillSameDocument()
  })

  test('someone without praise for 60 days is nudged, until praise is logged', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    createFeedback(journal.db, {
      memberId: ana.id,
      kind: 'praise',
      behaviour: 'Wrote the on-call guide',
      givenOn: daysAgo(75)
    })
    await openApp(`/team/${ana.id}`)
    const section = page.getByRole('region', { name: 'Feedback', exact: true })
    await expect(section.getByRole('status')).toHaveText(/No praise for Ana Lima in 60 days/)
    await section.getByRole('button', { name: 'Log feedback' }).click()
    const dialog = page.getByRole('dialog', { name: 'Log feedback for Ana Lima' })
    await dialog.getByLabel('Behaviour').fill('Mentored the new hire through the first release')
    await dialog.getByRole('button', { name: 'Log feedback' }).click()
    await expect(section.getByRole('status')).toHaveCount(0)
    // The praise 75 days ago still counts in the 90 days.
    await expect(section).toContainText('2 praise, 0 redirect in 90 days')
  })

  test('feedback to deliver goes to the Trash with its talking point, and Restore brings both back', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    createFeedback(journal.db, {
      memberId: ana.id,
      kind: 'redirect',
      behaviour: 'Interrupted the new hire in standup',
      givenOn: null
    })
    const { go, markDocument, stillSameDocument } = screens(page)
    await openApp(`/team/${ana.id}`)
    await markDocument()
    const section = page.getByRole('region', { name: 'Feedback', exact: true })
    const points = page.getByRole('region', { name: 'Talking points for the next one-on-one' })
    await expect(points).toContainText('Feedback: Interrupted the new hire')
    await section.getByRole('button', { name: /Delete feedback: Interrupted/ }).click()
    await expect(points).not.toContainText('Interrupted the new hire')

    await go('/trash')
    const entry = page
      .getByRole('listitem')
      .filter({ hasText: 'Redirect: Interrupted the new hire in standup' })
    await expect(entry).toHaveCount(1)
    // Its talking point went with it: one entry, not two.
    await expect(page.getByText('Feedback: Interrupted the new hire')).toHaveCount(0)
    await entry.getByRole('button', { name: /^Restore/ }).click()
    await go(`/team/${ana.id}`)
    await expect(section).toContainText('Interrupted the new hire in standup')
    await expect(points).toContainText('Feedback: Interrupted the new hire')
    await stillSameDocument()
  })

  test('deleting the talking point that carries feedback to deliver deletes the feedback too, and Undo brings both', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    createFeedback(journal.db, {
      memberId: ana.id,
      kind: 'redirect',
      behaviour: 'Skipped the retro',
      givenOn: null
    })
    await openApp(`/team/${ana.id}`)
    const section = page.getByRole('region', { name: 'Feedback', exact: true })
    const points = page.getByRole('region', { name: 'Talking points for the next one-on-one' })
    await expect(section).toContainText('1 to deliver')
    await points.getByRole('button', { name: 'Delete talking point: Feedback: Skipped the retro' }).click()
    await expect(points).not.toContainText('Skipped the retro')
    // Not left waiting for a one-on-one it would never show in.
    await expect(section).not.toContainText('Skipped the retro')
    await page
      .locator('.toast')
      .filter({ hasText: 'Feedback to deliver moved to the trash, with its talking point.' })
      .getByRole('button', { name: 'Undo' })
      .click()
    await expect(points).toContainText('Feedback: Skipped the retro')
    await expect(section).toContainText('1 to deliver')

    // A plain talking point deleted in the 1:1 says so with Undo, however fast its list refreshes.
    await page.getByRole('button', { name: 'Start one-on-one' }).click()
    const prep = page.getByRole('complementary', { name: 'Preparation' })
    await prep.getByRole('textbox', { name: 'Talking point' }).fill('Conference budget')
    await prep.getByRole('button', { name: 'Add' }).click()
    await prep.getByRole('button', { name: 'Delete talking point: Conference budget' }).click()
    await expect(prep).not.toContainText('Conference budget')
    await page
      .locator('.toast')
      .filter({ hasText: 'Talking point moved to the trash.' })
      .getByRole('button', { name: 'Undo' })
      .click()
    await expect(prep).toContainText('Conference budget')
  })

  test('a control character in the behaviour is named at the field, and nothing is logged', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = await seedTeam(journal)
    await openApp(`/team/${ana.id}`)
    const section = page.getByRole('region', { name: 'Feedback', exact: true })
    await section.getByRole('button', { name: 'Log feedback' }).click()
    const dialog = page.getByRole('dialog', { name: 'Log feedback for Ana Lima' })
    await dialog.getByLabel('Behaviour').fill('Ran the retro\u0007 alone')
    await dialog.getByRole('button', { name: 'Log feedback' }).click()
    // Under the field, not at the foot of a long dialog.
    const said = dialog.getByText(/holds a bell character \(U\+0007, at character 14\)/)
    await expect(said).toBeInViewport()
    await expect(dialog.getByLabel('Behaviour')).toHaveAttribute('aria-invalid', 'true')
    await expect(dialog.getByLabel('Behaviour')).toBeInViewport()
    await dialog.getByLabel('Behaviour').fill('Ran the retro alone')
    await dialog.getByRole('button', { name: 'Log feedback' }).click()
    await expect(dialog).toBeHidden()
    await expect(section).toContainText('1 praise, 0 redirect in 90 days')
  })
})
