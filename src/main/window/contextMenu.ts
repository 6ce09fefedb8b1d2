import type { ContextMenuParams } from 'electron'
import { linkTarget } from '../../shared/desktop/links'

/**
 * The right-click menu, as data: what Electron 45 passes with `webContents` 'context-menu' in, the items out.
 * Electron shows no context menu unless the app builds one. Roles give the platform's own labels and
 * shortcuts; actions are carried out by window/installContextMenu.ts. The context-menu key and Shift+F10 reach
 * the same event with `menuSourceType: 'keyboard'` (Chromium on Windows and Linux).
 */
export type ContextMenuParamsIn = Pick<
  ContextMenuParams,
  | 'isEditable'
  | 'selectionText'
  | 'linkURL'
  | 'misspelledWord'
  | 'dictionarySuggestions'
  | 'spellcheckEnabled'
> & { editFlags: Pick<ContextMenuParams['editFlags'], 'canCut' | 'canCopy' | 'canPaste' | 'canSelectAll'> }

export type ContextMenuAction =
  | { kind: 'replaceMisspelling'; word: string }
  | { kind: 'addToDictionary'; word: string }
  | { kind: 'copyLink'; url: string }
  | { kind: 'openLink'; url: string }
  | { kind: 'toggleLanguage'; language: string }

export interface ContextMenuItem {
  label?: string
  role?: 'cut' | 'copy' | 'paste' | 'selectAll'
  type?: 'separator' | 'checkbox'
  enabled?: boolean
  checked?: boolean
  action?: ContextMenuAction
  submenu?: ContextMenuItem[]
}

export interface SpellingState {
  /** The languages checked now. */
  languages: readonly string[]
  /** The languages the user may choose from (Electron's availableSpellCheckerLanguages); empty where the OS decides. */
  choices: readonly string[]
}

const SEPARATOR: ContextMenuItem = { type: 'separator' }
const MAX_SUGGESTIONS = 6

function spellingItems(params: ContextMenuParamsIn): ContextMenuItem[] {
  if (!params.misspelledWord) return []
  const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS)
  return [
    ...(suggestions.length
      ? suggestions.map((word) => ({ label: word, action: { kind: 'replaceMisspelling', word } }) as const)
      : [{ label: 'No spelling suggestions', enabled: false }]),
    { label: 'Add to dictionary', action: { kind: 'addToDictionary', word: params.misspelledWord } },
    SEPARATOR
  ]
}

function languageItems(params: ContextMenuParamsIn, spelling: SpellingState): ContextMenuItem[] {
  if (!params.isEditable || !params.spellcheckEnabled || spelling.choices.length === 0) return []
  return [
    SEPARATOR,
    {
      label: 'Spelling languages',
      submenu: spelling.choices.map((language) => ({
        label: language,
        type: 'checkbox',
        checked: spelling.languages.includes(language),
        action: { kind: 'toggleLanguage', language }
      }))
    }
  ]
}

function linkItems(params: ContextMenuParamsIn): ContextMenuItem[] {
  if (!params.linkURL) return []
  const target = linkTarget(params.linkURL)
  return [
    ...(target.kind === 'external'
      ? [{ label: 'Open link', action: { kind: 'openLink', url: target.url } } as const]
      : []),
    { label: 'Copy link', action: { kind: 'copyLink', url: params.linkURL } },
    SEPARATOR
  ]
}

/** The items for one right-click (or context-menu key); an empty list means no menu. */
export function contextMenuItems(params: ContextMenuParamsIn, spelling: SpellingState): ContextMenuItem[] {
  const { editFlags } = params
  const editing: ContextMenuItem[] = params.isEditable
    ? [
        { role: 'cut', enabled: editFlags.canCut },
        { role: 'copy', enabled: editFlags.canCopy },
        { role: 'paste', enabled: editFlags.canPaste },
        SEPARATOR,
        { role: 'selectAll', enabled: editFlags.canSelectAll }
      ]
    : params.selectionText.trim()
      ? [{ role: 'copy', enabled: true }]
      : []
  const items = [
    ...spellingItems(params),
    ...linkItems(params),
    ...editing,
    ...languageItems(params, spelling)
  ]
  // No separator first, last, or twice in a row.
  return items.filter(
    (item, i) => item !== SEPARATOR || (i > 0 && i < items.length - 1 && items[i + 1] !== SEPARATOR)
  )
}
