import {
  APP_COMMANDS,
  appCommand,
  formatAccelerator,
  parseAccelerator,
  type AppCommandId
} from '../../../../shared/desktop/appCommands'

export const isMac = (): boolean => navigator.platform.startsWith('Mac')

/** A command's accelerator as the person reads it: "Ctrl+Shift+N", or "⌘⇧N" on a Mac. */
export const shortcutFor = (id: AppCommandId): string =>
  formatAccelerator(appCommand(id).accelerator, isMac())

/** A command's accelerator for `aria-keyshortcuts`: "Control+Shift+N", or "Meta+Shift+N" on a Mac. */
export const ariaKeys = (id: AppCommandId): string => {
  const rest = appCommand(id).accelerator.replace(/^CmdOrCtrl\+/, '')
  return `${isMac() ? 'Meta' : 'Control'}+${rest}`
}

/** The command whose accelerator this key press is (Cmd on a Mac, Ctrl elsewhere), if any. */
export function commandForKey(event: KeyboardEvent): AppCommandId | null {
  const mod = isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey
  if (!mod) return null
  const key = event.key.toLowerCase()
  const found = APP_COMMANDS.find(({ accelerator }) => {
    const wanted = parseAccelerator(accelerator)
    // Shift changes the key on some layouts ("/" is Shift+7 on German ones), so compare the key itself.
    return wanted.key === key && wanted.shift === event.shiftKey && wanted.alt === event.altKey
  })
  return found?.id ?? null
}
