import { expect, test } from './fixture'
import { screens } from './screens'
import { seedTeam } from './seedTeam'

/**
 * Writes to people, one-on-one write-ups and action items reach every screen that shows them, without a reload
 * (each journey moves around as screens.ts does).
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
    await expect(benRow).toContainText('Last 1:1 today')
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
})
