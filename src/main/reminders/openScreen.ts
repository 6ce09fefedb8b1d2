const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const SCREENS = new RegExp(`^(/one-on-one/${UUID}|/delegations/${UUID}|/actions|/team\\?show=today)$`)

/** The screens a reminder may open: only these, so a click can never send the page anywhere else. */
export const isReminderPath = (path: string): boolean => SCREENS.test(path)

/**
 * The JavaScript main runs in the page when a reminder is clicked: it moves the page's address (the hash its
 * router follows) to the screen the reminder is about. Built from the closed set of paths above only.
 */
export function openScreenScript(path: string): string {
  if (!isReminderPath(path)) throw new Error(`A reminder cannot open ${JSON.stringify(path)}.`)
  return `window.location.hash = ${JSON.stringify(path)}`
}
