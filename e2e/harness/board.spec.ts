import { daysAgo } from '../support/days'
import { createCheckin } from '../../src/main/journal/checkins'
import { createDelegation } from '../../src/main/journal/delegations'
import { createMember } from '../../src/main/journal/members'
import { checkIn } from './delegationSteps'
import { expect, test } from './fixture'

test.describe('The delegation board', () => {
  test('the board filters by member and puts overdue check-ins first', async ({ page, openApp, journal }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    const ben = createMember(journal.db, { name: 'Ben Okafor' })
    const active = { authorityLevel: 4, status: 'active' as const, checkinEveryDays: 7 }
    const recent = createDelegation(journal.db, {
      ...active,
      memberId: ana.id,
      title: 'Checked in yesterday',
      startedOn: daysAgo(30)
    })
    const late = createDelegation(journal.db, {
      ...active,
      memberId: ben.id,
      title: 'Overdue',
      startedOn: daysAgo(30)
    })
    createCheckin(journal.db, {
      delegationId: recent.id,
      date: daysAgo(1),
      signal: 'on_track',
      leaderResponse: 'held_back'
    })
    createCheckin(journal.db, {
      delegationId: late.id,
      date: daysAgo(20),
      signal: 'at_risk',
      leaderResponse: 'held_back'
    })

    await openApp('/delegations')
    const column = page.getByRole('list', { name: 'Active' }).getByRole('listitem')
    await expect(column).toHaveCount(2)
    await expect(column.first()).toContainText('Overdue')
    await expect(column.first()).toContainText('Check-in overdue 13d')
    await expect(column.nth(1)).toContainText('Next in 6d')

    await page.getByLabel('Team member').selectOption({ label: 'Ana Lima' })
    await expect(column).toHaveCount(1)
    await expect(column.first()).toContainText('Checked in yesterday')
  })

  test('a check-in overdue for years says so in years, not in thousands of days', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    const forgotten = createDelegation(journal.db, {
      memberId: ana.id,
      title: 'Forgotten',
      authorityLevel: 4,
      status: 'active',
      checkinEveryDays: 7,
      startedOn: daysAgo(1200)
    })
    createCheckin(journal.db, {
      delegationId: forgotten.id,
      date: daysAgo(1100),
      signal: 'on_track',
      leaderResponse: 'held_back'
    })

    await openApp('/delegations')
    const card = page.getByRole('list', { name: 'Active' }).getByRole('listitem')
    await expect(card).toContainText('Check-in overdue 2y')
    await expect(card).not.toContainText('1093')
  })

  test('a column of many shows its most urgent first and the rest on request, and stays true after a check-in', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    const active = { memberId: ana.id, authorityLevel: 4, status: 'active' as const, checkinEveryDays: 7 }
    for (let i = 1; i <= 100; i += 1)
      createDelegation(journal.db, { ...active, title: `Ongoing ${i}`, startedOn: daysAgo(3) })
    createDelegation(journal.db, { ...active, title: 'Long overdue', startedOn: daysAgo(60) })

    await openApp('/delegations')
    const column = page.getByRole('list', { name: 'Active' }).getByRole('listitem')
    await expect(page.getByRole('heading', { name: 'Active 101' })).toBeVisible()
    await expect(column).toHaveCount(30)
    await expect(column.first()).toContainText('Long overdue')
    await page.getByRole('button', { name: 'Show 60 more active, of 71 not shown' }).click()
    await expect(column).toHaveCount(90)
    await page.getByRole('button', { name: 'Show 11 more active, of 11 not shown' }).click()
    await expect(column).toHaveCount(101)
    await expect(page.getByRole('button', { name: /Show \d+ more active/ })).toHaveCount(0)

    // A check-in on the overdue one moves it down the column, counted and drawn without a reload.
    await checkIn(page, 'Long overdue', {
      date: daysAgo(0),
      progress: 'On its way',
      signal: 'On track',
      response: /Held back/
    })
    await expect(column.first()).not.toContainText('Long overdue')
    await expect(page.getByRole('heading', { name: 'Active 101' })).toBeVisible()
  })
})

test('the board shows all five columns, and every card holds its badges, at 1200x800 and at 900x600', async ({
  page,
  openApp,
  journal
}) => {
  const ana = createMember(journal.db, { name: 'Ana Lima' })
  const release = createDelegation(journal.db, {
    memberId: ana.id,
    title: 'Own the 4.2 release',
    authorityLevel: 5,
    status: 'active',
    startedOn: daysAgo(30),
    checkinEveryDays: 7
  })
  createCheckin(journal.db, {
    delegationId: release.id,
    date: daysAgo(9),
    signal: 'at_risk',
    leaderResponse: 'held_back'
  })
  for (const [width, height] of [
    [1200, 800],
    [900, 600]
  ] as const) {
    await page.setViewportSize({ width, height })
    await openApp('/delegations')
    const board = page.locator('.board')
    await expect(page.getByRole('heading', { name: 'Cancelled' })).toBeVisible()
    // Nothing hidden past the right edge: every column is within the window.
    expect(await board.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    for (const status of ['Planned', 'Active', 'Done', 'Handed back', 'Cancelled'])
      await expect(page.getByRole('heading', { name: status })).toBeInViewport()
    const card = page.locator('.board-card').first()
    const cardBox = (await card.boundingBox())!
    for (const badge of await card.locator('.badge').all()) {
      const box = (await badge.boundingBox())!
      expect(box.x + box.width, `${await badge.textContent()} at ${width}`).toBeLessThanOrEqual(
        cardBox.x + cardBox.width
      )
    }
  }
})
