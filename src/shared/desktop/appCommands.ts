/**
 * Leap's own commands that the native menu, the keyboard and the command palette share: a closed list, so
 * main can only ever ask the renderer to run one of these (see main/menu/commandScript.ts), and each has
 * exactly one accelerator, written in Electron's accelerator syntax ("CmdOrCtrl" is Cmd on macOS, Ctrl
 * elsewhere). The numbered ones follow the sidebar from the top (Settings keeps the usual Cmd/Ctrl+,).
 * No zod here: the preload-free renderer and main both import it.
 */
export const APP_COMMANDS = [
  { id: 'new.oneOnOne', label: 'New One-on-One…', accelerator: 'CmdOrCtrl+N' },
  { id: 'new.reflection', label: 'New Reflection', accelerator: 'CmdOrCtrl+Shift+N' },
  { id: 'new.delegation', label: 'New Delegation', accelerator: 'CmdOrCtrl+Shift+D' },
  { id: 'palette.open', label: 'Search and Commands…', accelerator: 'CmdOrCtrl+K' },
  { id: 'export.open', label: 'Export…', accelerator: 'CmdOrCtrl+E' },
  { id: 'backup.now', label: 'Back Up Now', accelerator: 'CmdOrCtrl+Shift+B' },
  { id: 'data.showFolder', label: 'Show Data Folder', accelerator: 'CmdOrCtrl+Shift+O' },
  { id: 'go.settings', label: 'Settings…', accelerator: 'CmdOrCtrl+,' },
  { id: 'go.team', label: 'Team', accelerator: 'CmdOrCtrl+1' },
  { id: 'go.delegations', label: 'Delegations', accelerator: 'CmdOrCtrl+2' },
  { id: 'go.journal', label: 'Journal', accelerator: 'CmdOrCtrl+3' },
  { id: 'go.actions', label: 'Action Items', accelerator: 'CmdOrCtrl+4' },
  { id: 'go.insights', label: 'Insights', accelerator: 'CmdOrCtrl+5' },
  { id: 'go.trash', label: 'Trash', accelerator: 'CmdOrCtrl+6' },
  { id: 'go.backups', label: 'Backups', accelerator: 'CmdOrCtrl+7' },
  { id: 'shortcuts.show', label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/' }
] as const

export type AppCommandId = (typeof APP_COMMANDS)[number]['id']

/** The DOM event main dispatches in the page to run a command; `detail` is the command's id. */
export const APP_COMMAND_EVENT = 'leap:command'

const ids: ReadonlySet<string> = new Set(APP_COMMANDS.map((command) => command.id))
export const isAppCommandId = (value: unknown): value is AppCommandId =>
  typeof value === 'string' && ids.has(value)

export const appCommand = (id: AppCommandId) => APP_COMMANDS.find((command) => command.id === id)!

/** The key of an accelerator and whether it needs Shift, for matching keyboard events in the page. */
export function parseAccelerator(accelerator: string): { key: string; shift: boolean; alt: boolean } {
  const parts = accelerator.split('+')
  const key = parts.at(-1)!
  return { key: key.toLowerCase(), shift: parts.includes('Shift'), alt: parts.includes('Alt') }
}

/** How an accelerator reads to a person: "⌘⇧N" on a Mac, "Ctrl+Shift+N" elsewhere. */
export function formatAccelerator(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+')
  if (!mac) return parts.map((part) => (part === 'CmdOrCtrl' ? 'Ctrl' : part)).join('+')
  const symbols: Record<string, string> = { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥' }
  return parts.map((part) => symbols[part] ?? part).join('')
}
