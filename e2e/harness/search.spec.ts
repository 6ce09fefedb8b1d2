import { insertMember, insertReflection } from '../../src/main/testing/rows'
import { expect, test } from './fixture'

test.describe('Search and commands', () => {
  test('Ctrl+K, type a word from a reflection, see it highlighted, Enter opens it', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = insertMember(journal.db, { name: 'Ana Lima' })
    const id = insertReflection(journal.db, {
      title: 'Release retro',
      body: 'She handled the rollback calmly and wrote the postmortem herself.',
      memberId: ana,
      date: '2026-05-04'
    })
    insertReflection(journal.db, { title: 'Unrelated', body: 'Hiring plans for next quarter.' })
    await openApp('/team')

    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Search and commands' })
    const input = palette.getByRole('combobox', { name: 'Search or run a command' })
    await expect(input).toBeFocused()
    await input.fill('postmort')

    const results = palette.getByRole('listbox', { name: 'Results' })
    const option = results.getByRole('option').filter({ hasText: 'Release retro' })
    await expect(option).toBeVisible()
    await expect(option.locator('mark')).toHaveText('postmortem')
    await expect(option).toContainText('Ana Lima')
    await expect(results.getByRole('option').filter({ hasText: 'Unrelated' })).toHaveCount(0)
    await expect(option).toHaveAttribute('aria-selected', 'true')

    await input.press('Enter')
    await expect(palette).toBeHidden()
    await expect(page).toHaveURL(new RegExp(`#/journal/${id}$`))
  })

  test('runs commands: new delegation, one-on-one with a member; odd input is searched as text', async ({
    page,
    openApp,
    journal
  }) => {
    const ben = insertMember(journal.db, { name: 'Ben Okafor' })
    insertReflection(journal.db, { title: 'Operators', body: 'We argued about NEAR( and "quotes".' })
    await openApp('/team')

    await page.getByRole('button', { name: 'Search' }).click()
    const palette = page.getByRole('dialog', { name: 'Search and commands' })
    const input = palette.getByRole('combobox', { name: 'Search or run a command' })
    await input.fill('new deleg')
    const results = palette.getByRole('listbox', { name: 'Results' })
    await expect(results.getByRole('option').first()).toHaveText(/^New delegation(Ctrl\+Shift\+D)?$/)
    await input.press('Enter')
    await expect(page).toHaveURL(/#\/delegations\/new$/)
    // As a user would: the new delegation's dialog is up before the palette is opened over it (a dialog that
    // opens later goes on top and leaves the palette under it, inert).
    await expect(page.getByRole('dialog', { name: 'New delegation' })).toBeVisible()

    await page.keyboard.press('Control+k')
    await input.fill('one-on-one ben')
    await expect(results.getByRole('option', { name: 'New one-on-one with Ben Okafor' })).toBeVisible()
    await input.press('Enter')
    await expect(page).toHaveURL(new RegExp(`#/one-on-one/${ben}$`))

    await page.keyboard.press('Control+k')
    await input.fill('NEAR( "quo')
    await expect(results.getByRole('option').filter({ hasText: 'Operators' })).toBeVisible()
    await input.fill('zebra AND -')
    await expect(palette.getByText('Nothing matches “zebra AND -”.')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(palette).toBeHidden()
  })

  test('each row is drawn once, with no stale row over the list, as the text changes', async ({
    page,
    openApp,
    journal
  }) => {
    insertMember(journal.db, { name: 'Ana Lima' })
    await openApp('/team')
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Search and commands' })
    const input = palette.getByRole('combobox', { name: 'Search or run a command' })
    const results = palette.getByRole('listbox', { name: 'Results' })
    // "Go to Ana Lima" (a command) and Ana Lima (found by search) are both shown for "an".
    await input.fill('an')
    await expect(results.getByRole('option', { name: 'Ana Lima', exact: true })).toBeVisible()
    await expect(results.getByRole('option', { name: 'Go to Ana Lima' })).toHaveCount(1)

    await input.fill('')
    await expect(results.getByRole('option', { name: /^Go to Team/ })).toBeVisible()
    await expect(results.getByRole('option', { name: 'Go to Ana Lima' })).toHaveCount(0)
    const tops = await results
      .getByRole('option')
      .evaluateAll((rows) => rows.map((row) => Math.round(row.getBoundingClientRect().top)))
    expect(new Set(tops).size, 'no two rows in one place').toBe(tops.length)
  })
})
