import { expect, type Page } from './fixture'

/** A check-in through the board's or the page's "Check in" button, as a person records one. */
export async function checkIn(
  page: Page,
  title: string,
  entry: { date: string; progress: string; signal: string; response: RegExp }
) {
  await page.getByRole('button', { name: `Check in on ${title}` }).click()
  const dialog = page.getByRole('dialog', { name: `Check in: ${title}` })
  await dialog.getByLabel('Date').fill(entry.date)
  await dialog.getByLabel('Progress').fill(entry.progress)
  await dialog.getByRole('radio', { name: entry.signal, exact: true }).check()
  await dialog.getByRole('radio', { name: entry.response }).check()
  await dialog.getByRole('button', { name: 'Save check-in' }).click()
  await expect(dialog).toBeHidden()
}
