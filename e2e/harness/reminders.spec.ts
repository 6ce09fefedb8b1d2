import { dispatchFor } from '../../src/main/testing/dispatchFor'
import type { Journal } from '../../src/main/db/open'
import { daysAgo, today } from '../support/days'
import { expect, test, type HarnessFixtures, type Page } from './fixture'

/**
 * A team where, today: Ana's one-on-one is due (weekly, last one a week ago), with an open action item of hers
 * and a check-in due on her delegation; Ben's is not (fortnightly, last one three days ago); one action item
 * of mine is due; one of mine is not.
 */
async function seed(journal: Journal) {
  const api = dispatchFor(journal)
  const ana = await api.ok('members.create', { name: 'Ana Lima', cadenceDays: 7 })
  const ben = await api.ok('members.create', { name: 'Ben Okafor', cadenceDays: 14 })
  await api.ok('reflections.create', {
    kind: 'one_on_one',
    memberId: ana.id,
    date: daysAgo(7),
    title: 'Weekly'
  })
  await api.ok('reflections.create', {
    kind: 'one_on_one',
    memberId: ben.id,
    date: daysAgo(3),
    title: 'Catch-up'
  })
  await api.ok('actionItems.create', { memberId: ana.id, owner: 'them', text: 'Draft the rollout plan' })
  await api.ok('actionItems.create', {
    memberId: ben.id,
    owner: 'me',
    text: 'Book the offsite',
    dueDate: daysAgo(1)
  })
  await api.ok('actionItems.create', {
    memberId: ben.id,
    owner: 'me',
    text: 'Read the RFC',
    dueDate: daysAgo(-3)
  })
  const delegation = await api.ok('delegations.create', {
    memberId: ana.id,
    title: 'Own the 4.2 release',
    authorityLevel: 5,
    status: 'active',
    startedOn: daysAgo(20),
    checkinEveryDays: 7
  })
  return { ana, ben, delegation }
}

/** The seeded team's Team screen, and its Today panel. */
async function todayOnTeam(page: Page, journal: Journal, openApp: HarnessFixtures['openApp']) {
  await seed(journal)
  await openApp('/team')
  return page.getByRole('region', { name: 'Today' })
}

async function setReminders(page: Page, change: (section: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('link', { name: 'Settings' }).click()
  const section = page.getByRole('region', { name: 'Reminders' })
  await change(section)
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
}

test.describe('Reminders', () => {
  test('one reminder at the time chosen in Settings, not two; clicking it opens the one-on-one', async ({
    page,
    journal,
    openApp,
    remindAt,
    notifications,
    clickNotification
  }) => {
    const { ana, delegation } = await seed(journal)
    await openApp('/team')
    await setReminders(page, (section) => section.getByLabel('Time of day').fill('10:30'))

    expect(remindAt(`${today()}T10:29`)).toEqual([])
    remindAt(`${today()}T10:30`)
    remindAt(`${today()}T10:31`)
    remindAt(`${today()}T18:00`)
    // A clock set back to yesterday evening, in the same run and after a restart alike, sends nothing more.
    remindAt(`${daysAgo(1)}T20:00`, Date.parse(`${today()}T10:30`) + 60_000)
    expect(notifications.map(({ title, path }) => ({ title, path }))).toEqual([
      { title: 'One-on-one with Ana Lima is due', path: `/one-on-one/${ana.id}` },
      { title: 'Check-in due: Own the 4.2 release', path: `/delegations/${delegation.id}` },
      { title: 'An action item of yours is due', path: '/actions' }
    ])
    expect(notifications[0]!.body).toBe('1 open action item, 1 check-in due')

    await clickNotification(notifications[0]!)
    await expect(page.getByRole('heading', { name: 'One-on-one with Ana Lima', level: 1 })).toBeVisible()
    await clickNotification(notifications[1]!)
    await expect(page.getByRole('heading', { name: 'Own the 4.2 release', level: 1 })).toBeVisible()
    await clickNotification(notifications[2]!)
    await expect(page.getByRole('heading', { name: 'Action items', level: 1 })).toBeVisible()

    // The next day, at the same time, once again.
    remindAt(`${daysAgo(-1)}T10:30`)
    expect(notifications).toHaveLength(6)
  })

  test('off in Settings, no reminder goes out', async ({
    page,
    journal,
    openApp,
    remindAt,
    notifications
  }) => {
    await seed(journal)
    await openApp('/team')
    await setReminders(page, (section) => section.getByLabel('Remind me each day of what is due').uncheck())
    await expect(page.getByRole('region', { name: 'Reminders' }).getByLabel('Time of day')).toBeDisabled()
    remindAt(`${today()}T12:00`)
    remindAt(`${daysAgo(-1)}T12:00`)
    expect(notifications).toEqual([])
  })

  test('the Team screen’s Today lists who is due and what to prepare, and keeps up with an edit', async ({
    page,
    journal,
    openApp
  }) => {
    const panel = await todayOnTeam(page, journal, openApp)
    const people = panel.getByRole('list', { name: 'One-on-ones due' })
    await expect(people.getByRole('listitem')).toHaveCount(1)
    await expect(people.getByRole('listitem')).toContainText(
      'One-on-one with Ana Lima due today · 1 open action item · check in on Own the 4.2 release'
    )
    // Her check-in is in her line, not listed twice.
    await expect(panel.getByRole('list', { name: 'Check-ins due' })).toHaveCount(0)
    const mine = panel.getByRole('list', { name: 'Your action items due' })
    await expect(mine.getByRole('listitem')).toHaveCount(1)
    // Due yesterday: it says it is late, as Action items does, not only when it was due.
    await expect(mine).toContainText('Book the offsite overdue, due')

    await people.getByRole('link', { name: 'One-on-one with Ana Lima' }).click()
    await expect(page.getByRole('heading', { name: 'One-on-one with Ana Lima', level: 1 })).toBeVisible()

    // From anywhere, the palette's "Today" comes back to it.
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Search and commands' })
    await palette.getByRole('combobox', { name: 'Search or run a command' }).fill('Today')
    await palette.getByRole('option', { name: /^Today/ }).click()
    await expect(panel.getByRole('heading', { name: 'Today' })).toBeFocused()

    // Meeting Ana every month instead: she is no longer due, without a reload.
    await page.getByRole('button', { name: 'Edit Ana Lima' }).click()
    await page.getByLabel('One-on-one every (days)').fill('30')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(people).toHaveCount(0)
    await expect(panel.getByRole('list', { name: 'Check-ins due' })).toContainText(
      'Own the 4.2 release with Ana Lima'
    )
  })

  test('a one-on-one written today takes the person off Today, without a reload', async ({
    page,
    journal,
    openApp
  }) => {
    const panel = await todayOnTeam(page, journal, openApp)
    await panel.getByRole('link', { name: 'One-on-one with Ana Lima' }).click()
    await page.getByLabel('Title').fill('Release plan')
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
    await page.getByRole('link', { name: 'Team' }).click()
    await expect(panel.getByRole('list', { name: 'One-on-ones due' })).toHaveCount(0)
    await expect(panel.getByRole('list', { name: 'Check-ins due' })).toContainText('Own the 4.2 release')
    await expect(panel.getByRole('list', { name: 'Your action items due' })).toContainText('Book the offsite')
  })

  test('a team long overdue does not fill the Team screen: the longest put off first, then the rest on asking', async ({
    page,
    journal,
    openApp
  }) => {
    const api = dispatchFor(journal)
    // Seven weekly one-on-ones, the last of each 8 to 14 days ago: overdue by 1 to 7 days, names in another order.
    const names = ['Ana Lima', 'Ben Okafor', 'Cleo Park', 'Dev Rao', 'Eva Stein', 'Finn Moss', 'Gia Russo']
    const people = []
    for (const [index, name] of names.entries()) {
      const person = await api.ok('members.create', { name, cadenceDays: 7 })
      await api.ok('reflections.create', {
        kind: 'one_on_one',
        memberId: person.id,
        date: daysAgo(8 + ((index * 3) % 7)),
        title: 'Weekly'
      })
      people.push(person)
    }
    for (const title of ['Run the hiring loop', 'Own the 4.2 release', 'Lead the retro', 'Plan the offsite'])
      await api.ok('delegations.create', {
        memberId: people[0]!.id,
        title,
        authorityLevel: 5,
        status: 'active',
        startedOn: daysAgo(20),
        checkinEveryDays: 7
      })
    await openApp('/team')
    const due = page.getByRole('region', { name: 'Today' }).getByRole('list', { name: 'One-on-ones due' })
    const lines = due.getByRole('listitem')
    await expect(lines).toHaveCount(6)
    await expect(lines.nth(0)).toContainText('One-on-one with Cleo Park 7 days overdue')
    await expect(lines.nth(1)).toContainText('One-on-one with Eva Stein 6 days overdue')
    await expect(lines.nth(4)).toContainText('One-on-one with Dev Rao 3 days overdue')
    // Ana's line names three of her four check-ins; the rest are in her one-on-one's preparation.
    await expect(due).not.toContainText('Ana Lima')
    await due.getByRole('button', { name: 'Show 2 more' }).click()
    await expect(lines).toHaveCount(8)
    await expect(lines.nth(5)).toContainText('One-on-one with Finn Moss 2 days overdue')
    await expect(lines.nth(6)).toContainText(
      'One-on-one with Ana Lima 1 day overdue · check in on Lead the retro, Own the 4.2 release, Plan the offsite and 1 more'
    )
    await due.getByRole('button', { name: 'Show fewer' }).click()
    await expect(lines).toHaveCount(6)
    await due.getByRole('button', { name: 'Show 2 more' }).click()
    await lines.nth(6).getByRole('link', { name: '1 more' }).click()
    await expect(page.getByRole('heading', { name: 'One-on-one with Ana Lima', level: 1 })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Active delegations' })).toContainText(
      'Run the hiring loop'
    )
  })

  test('years of action items left open do not fill the Team screen: the latest few, then how many more', async ({
    page,
    journal,
    openApp
  }) => {
    const api = dispatchFor(journal)
    const ana = await api.ok('members.create', { name: 'Ana Lima' })
    for (let day = 1; day <= 12; day += 1)
      await api.ok('actionItems.create', {
        memberId: ana.id,
        owner: 'me',
        text: `Reply to letter ${day}`,
        dueDate: daysAgo(day)
      })
    await openApp('/team')
    const mine = page
      .getByRole('region', { name: 'Today' })
      .getByRole('list', { name: 'Your action items due' })
    await expect(mine.getByRole('listitem')).toHaveCount(6)
    await expect(mine.getByRole('listitem').first()).toContainText('Reply to letter 1')
    await expect(mine.getByRole('listitem').last()).toHaveText('and 7 more in Action items')
    await mine.getByRole('link', { name: '7 more' }).click()
    await expect(page.getByRole('heading', { name: 'Action items', level: 1 })).toBeVisible()
  })
})
