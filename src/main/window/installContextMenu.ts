import { Menu, clipboard, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import {
  contextMenuItems,
  type ContextMenuAction,
  type ContextMenuItem,
  type SpellingState
} from './contextMenu'
import { isSafeExternalUrl } from './guards'

export interface ContextMenuSeam {
  spelling(): SpellingState
  toggleLanguage(language: string): void
}

/** Shows contextMenuItems() as a native menu on each right-click or context-menu key in the window. */
export function installContextMenu(window: BrowserWindow, seam: ContextMenuSeam): void {
  const contents = window.webContents
  const run = (action: ContextMenuAction) => {
    if (action.kind === 'replaceMisspelling') contents.replaceMisspelling(action.word)
    else if (action.kind === 'addToDictionary') contents.session.addWordToSpellCheckerDictionary(action.word)
    else if (action.kind === 'copyLink') clipboard.writeText(action.url)
    else if (action.kind === 'openLink' && isSafeExternalUrl(action.url)) void shell.openExternal(action.url)
    else if (action.kind === 'toggleLanguage') seam.toggleLanguage(action.language)
  }
  const toTemplate = (items: ContextMenuItem[]): MenuItemConstructorOptions[] =>
    items.map(({ action, submenu, ...item }) => ({
      ...item,
      ...(submenu ? { submenu: toTemplate(submenu) } : {}),
      ...(action ? { click: () => run(action) } : {})
    }))
  contents.on('context-menu', (_event, params) => {
    const items = contextMenuItems(params, seam.spelling())
    if (items.length === 0) return
    // From the keyboard, open at the caret or focused element Chromium reports, not where the mouse happens to be.
    const at = params.menuSourceType === 'keyboard' ? { x: params.x, y: params.y } : {}
    Menu.buildFromTemplate(toTemplate(items)).popup({
      window,
      frame: params.frame ?? undefined,
      sourceType: params.menuSourceType,
      ...at
    })
  })
}
