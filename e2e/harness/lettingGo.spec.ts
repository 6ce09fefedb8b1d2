import { daysAgo } from '../support/days'
import { createDelegation } from '../../src/main/journal/delegations'
import { createMember } from '../../src/main/journal/members'
import { expect, test, type Page } from './fixture'

const title = 'Own the release train'

async function checkIn(page: Page, date: string, response: RegExp) {
  await page.getByRole('button', { name: `Check in on ${title}` }).click()
  const dialog = page.getByRole('dialog', { name: `Check in: ${title}` })
  await dialog.getByLabel('Date').fill(date)
  await dialog.getByRole('radio', { name: 'At risk', exact: true }).check()
  await dialog.getByRole('radio', { name: response }).check()
  await dialog.getByRole('button', { name: 'Save check-in' }).click()
  await expect(dialog).toBeHidden()
}

test.describe('Letting go, measured', () => {
  test('delegated at Inquire, the leader steps in three times: the gap shows in the 1:1, on the delegation and in Insights, with the check-in budget', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    createDelegation(journal.db, {
      memberId: ana.id,
      title,
      authorityLevel: 6,
      status: 'active',
      startedOn: daysAgo(30)
    })
    await openApp(`/one-on-one/${ana.id}`)
    const delegations = page.getByRole('region', { name: 'Active delegations' })
    const gap = delegations.getByRole('note')

    // Coaching is one level below Inquire: a difference, not a pattern.
    await checkIn(page, daysAgo(20), /^Asked questions/)
    await expect(delegations).toContainText('last check-in')
    await expect(gap).toHaveCount(0)

    for (const day of [15, 10, 5]) await checkIn(page, daysAgo(day), /^Stepped in/)
    await expect(gap).toContainText('Agreed 6 Inquire, acted 4 Agree (the last 4 check-ins).')
    await expect(gap).toContainText('You kept more control than you agreed')
    // Four check-ins within one rhythm of the level (Inquire: every 21 days).
    await expect(gap).toContainText(
      '4 check-ins in 20 days on an Inquire-level responsibility; agreed: one every 21 days.'
    )

    await gap.getByRole('link', { name: 'See the check-ins' }).click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    const onDelegation = page.getByRole('note', { name: 'Letting go' })
    await expect(onDelegation).toContainText('Agreed 6 Inquire, acted 4 Agree (the last 4 check-ins).')
    await expect(onDelegation).toContainText('4 check-ins in 20 days')
    await expect(page.getByRole('list', { name: 'Check-in timeline' }).getByRole('listitem')).toHaveCount(4)

    await page.getByRole('link', { name: 'Insights' }).click()
    const ladder = page.getByRole('region', { name: 'Authority ladder' })
    await expect(ladder).toContainText(
      'Acted two levels or more from the level agreed: Ana Lima (Own the release train).'
    )
    await expect(ladder.getByRole('list', { name: 'Authority per person' })).toContainText(
      'Own the release train: agreed 6 Inquire, acted 4 Agree'
    )
  })
})
