import { expect, type Page } from './fixture'

/**
 * Moving around the app as a person does, without ever reloading: a write must reach every screen that
 * shows its data while the window stays open, so the journeys that check it must not reload either.
 */
export function screens(page: Page) {
  /** Changes screen the way the sidebar and every in-app link do (the address's hash). */
  const go = async (path: string) => {
    await page.evaluate((hash) => (window.location.hash = hash), path)
    await expect(page).toHaveURL(new RegExp(`#${path.replace(/[?]/g, '\\$&')}$`))
  }

  /** Marks this document, so `stillSameDocument` can prove no reload happened since. */
  const markDocument = () => page.evaluate(() => ((window as { leapJourney?: boolean }).leapJourney = true))
  const stillSameDocument = async () =>
    expect(await page.evaluate(() => (window as { leapJourney?: boolean }).leapJourney)).toBe(true)

  /** The palette's results for `text` (it opens with Ctrl+K and searches as you type). */
  const search = async (text: string) => {
    await page.keyboard.press('Control+k')
    const box = page.getByRole('combobox', { name: 'Search or run a command' })
    await expect(box).toBeFocused()
    await box.fill(text)
    return page.getByRole('listbox')
  }
  const closePalette = () => page.keyboard.press('Escape')

  /** An Insights panel, by its title. */
  const panel = (title: string) => page.getByRole('region', { name: title })
  /** An Insights panel with its "Figures and entries" open (the rows behind the chart, drawn when opened). */
  const withFigures = async (title: string) => {
    await panel(title).getByText('Figures and entries').click()
    return panel(title)
  }

  return { go, markDocument, stillSameDocument, search, closePalette, panel, withFigures }
}
