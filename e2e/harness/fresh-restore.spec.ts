import { expect, test } from './fixture'
import { screens } from './screens'
import { seedTeam } from './seedTeam'

/**
 * Writes to the trash, the sample team and a restored backup reach every screen that shows them, without a reload
 * (each journey moves around as screens.ts does).
 */
test.describe('A write shows on every screen that shows its data, without a reload', () => {
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
