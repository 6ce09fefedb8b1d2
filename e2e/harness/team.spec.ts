import { dispatchFor } from '../../src/main/testing/dispatchFor'
import { daysAgo } from '../support/days'
import { expect, test } from './fixture'

test.describe('Team', () => {
  test('a leader adds a team member, sees them listed, reloads, and they are still there', async ({
    page,
    openApp,
    journal
  }) => {
    await openApp('/team')
    await expect(page.getByRole('heading', { name: 'No one on your team yet' })).toBeVisible()

    await page.getByRole('button', { name: 'Add your first team member' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add team member' })
    await dialog.getByLabel('Name').fill('Ana Lima')
    await dialog.getByLabel('Role').fill('Senior engineer')
    await dialog.getByLabel('Team').fill('Payments')
    await dialog.getByLabel('One-on-one every (days)').fill('7')
    await dialog.getByLabel('Strengths').fill('Calm in incidents')
    await dialog.getByRole('button', { name: 'Add member' }).click()

    await expect(dialog).toBeHidden()
    const list = page.getByRole('list', { name: 'Team members' })
    await expect(list.getByRole('listitem')).toHaveCount(1)
    await expect(list).toContainText('Ana Lima')
    await expect(list).toContainText('Senior engineer · Payments')

    const row = journal.db.prepare('SELECT name, role, team, cadence_days, strengths FROM members').get()
    expect(row).toEqual({
      name: 'Ana Lima',
      role: 'Senior engineer',
      team: 'Payments',
      cadence_days: 7,
      strengths: 'Calm in incidents'
    })

    await page.reload()
    await expect(page.getByRole('list', { name: 'Team members' })).toContainText('Ana Lima')
  })

  test('a form whose checks cannot be loaded says so, saves nothing and keeps what was typed', async ({
    page,
    openApp,
    journal
  }) => {
    // The forms' schemas come in a file of their own, fetched on demand: here it cannot be had.
    await page.route(/\/assets\/formSchemas-[^/]*\.js$/, (route) => route.abort())
    await openApp('/team')
    await page.getByRole('button', { name: 'Add your first team member' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add team member' })
    await dialog.getByLabel('Name').fill('Ana Lima')
    await dialog.getByRole('button', { name: 'Add member' }).click()
    await expect(dialog.getByRole('alert')).toContainText('Leap could not load what checks this form')
    await expect(dialog.getByRole('alert')).toContainText(
      'What you typed is still here: copy it, then restart Leap.'
    )
    // In sight where the button was pressed, not under the form's pinned buttons.
    await expect(dialog.getByRole('alert')).toBeInViewport({ ratio: 1 })
    await expect(dialog.getByLabel('Name')).toHaveValue('Ana Lima')
    await expect(dialog.getByRole('button', { name: 'Add member' })).toBeEnabled()
    expect(journal.db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(0)
  })

  test('bad input shows the error on the field and writes nothing', async ({ page, openApp, journal }) => {
    await openApp('/team')
    await page.getByRole('button', { name: 'Add member' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Add team member' })
    await dialog.getByLabel('Name').fill('   ')
    await dialog.getByLabel('Email').fill('ana-at-example')
    await dialog.getByLabel('One-on-one every (days)').fill('0')
    await dialog.getByRole('button', { name: 'Add member' }).click()

    await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true')
    await expect(dialog.getByText('Enter a name.')).toBeVisible()
    await expect(
      dialog.getByText('Enter an email address like ana@example.com, or leave it empty.')
    ).toBeVisible()
    await expect(dialog.getByText('Use a whole number of days from 1 to 365.')).toBeVisible()
    expect(journal.db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(0)

    // Main refuses the same input even if the page skips its own checks.
    const answer = await page.evaluate(() => window.leap['members.create']({ name: '', cadenceDays: 0 }))
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(journal.db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(0)
  })

  test('edit, archive and delete with undo', async ({ page, openApp }) => {
    await openApp('/team')
    for (const name of ['Ben Okafor', 'Chloé Martin']) {
      await page
        .getByRole('button', { name: /Add (your first team )?member/ })
        .first()
        .click()
      const dialog = page.getByRole('dialog', { name: 'Add team member' })
      await dialog.getByLabel('Name').fill(name)
      await dialog.getByRole('button', { name: 'Add member' }).click()
      await expect(dialog).toBeHidden()
    }
    const list = page.getByRole('list', { name: 'Team members' })

    await page.getByRole('button', { name: 'Edit Ben Okafor' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit Ben Okafor' })
    await edit.getByLabel('Role').fill('Designer')
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await expect(list).toContainText('Designer')

    await page.getByRole('button', { name: 'Archive Ben Okafor' }).click()
    await expect(list.getByRole('listitem')).toHaveCount(1)
    await page.getByLabel('Show archived').check()
    await expect(list.getByRole('listitem')).toHaveCount(2)
    await expect(list.getByRole('listitem').filter({ hasText: 'Ben Okafor' })).toContainText('Archived')

    await page.getByRole('button', { name: 'Delete Chloé Martin' }).click()
    await expect(list.getByRole('listitem')).toHaveCount(1)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(list.getByRole('listitem')).toHaveCount(2)
  })

  test('window.leap offers exactly the contract’s calls and the page has no Node.js', async ({
    page,
    openApp
  }) => {
    await openApp('/team')
    const surface = await page.evaluate(() => ({
      keys: Object.keys(window.leap),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process
    }))
    const { channels } = await import('../../src/shared/ipc/channels')
    expect(surface).toEqual({ keys: [...channels], require: 'undefined', process: 'undefined' })
  })
})

test('each row says when the last one-on-one was, in words: today, yesterday, weeks ago, not one dated ahead', async ({
  page,
  openApp,
  journal
}) => {
  const api = dispatchFor(journal)
  for (const [name, days] of [
    ['Ana Lima', 0],
    ['Ben Okafor', 1],
    ['Chloé Durand', 21]
  ] as const) {
    const member = await api.ok('members.create', { name, cadenceDays: 30 })
    await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: member.id,
      date: daysAgo(days),
      title: '1:1'
    })
  }
  // A one-on-one written up ahead of its day is not the last one held (as Today counts them).
  const dan = await api.ok('members.create', { name: 'Dan Weiss', cadenceDays: 7 })
  for (const days of [21, -3])
    await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: dan.id,
      date: daysAgo(days),
      title: '1:1'
    })
  await openApp('/team')
  const row = (name: string) =>
    page.getByRole('list', { name: 'Team members' }).getByRole('listitem').filter({ hasText: name })
  await expect(row('Ana Lima')).toContainText('Last 1:1 today')
  await expect(row('Ben Okafor')).toContainText('Last 1:1 yesterday')
  await expect(row('Chloé Durand')).toContainText('3 weeks since last 1:1')
  await expect(row('Dan Weiss')).toContainText('3 weeks since last 1:1Overdue 2w')
  await expect(page.getByRole('list', { name: 'One-on-ones due' })).toContainText('One-on-one with Dan Weiss')
})
