import { expect, shoot, test } from './shots'

test('first run (light)', async ({ page, openApp }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openApp('/team')
  await expect(page.getByRole('region', { name: 'Welcome to Leap' }).getByRole('listitem')).toHaveCount(3)
  await expect(page.getByRole('button', { name: 'Add your first team member' })).toBeVisible()
  await shoot(page, 'welcome-light')
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`settings (${colorScheme})`, async ({ page, openApp }) => {
    await page.emulateMedia({ colorScheme })
    await openApp('/settings')
    await expect(page.getByRole('main').getByText('/home/alex/.config/Leap')).toBeVisible()
    await expect(page.getByRole('radio', { name: 'Same as the system' })).toBeChecked()
    await shoot(page, `settings-${colorScheme}`, true)
  })
}
