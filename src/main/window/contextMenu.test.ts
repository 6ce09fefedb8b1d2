import { describe, expect, it } from 'vitest'
import { contextMenuItems, type ContextMenuParamsIn } from './contextMenu'

/** What Electron 45 passes for a right-click: nothing selected, not editable, no link. */
const blank: ContextMenuParamsIn = {
  isEditable: false,
  selectionText: '',
  linkURL: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  spellcheckEnabled: false,
  editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: false }
}
const spelling = { languages: ['en-US'], choices: ['de', 'en-US', 'fr'] }
const field = {
  ...blank,
  isEditable: true,
  spellcheckEnabled: true,
  editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
}
const labels = (items: ReturnType<typeof contextMenuItems>) =>
  items.map((item) => item.label ?? item.role ?? item.type)

describe('the right-click menu', () => {
  it('has nothing to offer on an empty spot', () => {
    expect(contextMenuItems(blank, spelling)).toEqual([])
  })

  it('offers Copy on selected text', () => {
    expect(contextMenuItems({ ...blank, selectionText: 'held back' }, spelling)).toEqual([
      { role: 'copy', enabled: true }
    ])
  })

  it('offers cut, copy, paste and select all in a field, as the field allows, and the spelling languages', () => {
    const items = contextMenuItems(
      { ...field, editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } },
      spelling
    )
    expect(labels(items)).toEqual([
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
      'separator',
      'Spelling languages'
    ])
    expect(items.slice(0, 3).map((item) => item.enabled)).toEqual([false, false, true])
    expect(items.at(-1)!.submenu).toEqual([
      { label: 'de', type: 'checkbox', checked: false, action: { kind: 'toggleLanguage', language: 'de' } },
      {
        label: 'en-US',
        type: 'checkbox',
        checked: true,
        action: { kind: 'toggleLanguage', language: 'en-US' }
      },
      { label: 'fr', type: 'checkbox', checked: false, action: { kind: 'toggleLanguage', language: 'fr' } }
    ])
  })

  it('leaves out the languages where the system chooses them (macOS) or spellcheck is off', () => {
    expect(labels(contextMenuItems(field, { languages: [], choices: [] }))).not.toContain(
      'Spelling languages'
    )
    expect(labels(contextMenuItems({ ...field, spellcheckEnabled: false }, spelling))).not.toContain(
      'Spelling languages'
    )
  })

  it('puts suggestions for a misspelled word first, then Add to dictionary', () => {
    const items = contextMenuItems(
      { ...field, misspelledWord: 'delegaton', dictionarySuggestions: ['delegation', 'delegator'] },
      spelling
    )
    expect(items.slice(0, 4)).toEqual([
      { label: 'delegation', action: { kind: 'replaceMisspelling', word: 'delegation' } },
      { label: 'delegator', action: { kind: 'replaceMisspelling', word: 'delegator' } },
      { label: 'Add to dictionary', action: { kind: 'addToDictionary', word: 'delegaton' } },
      { type: 'separator' }
    ])
    const none = contextMenuItems({ ...field, misspelledWord: 'qzx', dictionarySuggestions: [] }, spelling)
    expect(none[0]).toEqual({ label: 'No spelling suggestions', enabled: false })
  })

  it('opens only https and mailto links, and copies any link', () => {
    expect(contextMenuItems({ ...blank, linkURL: 'https://example.com/a' }, spelling)).toEqual([
      { label: 'Open link', action: { kind: 'openLink', url: 'https://example.com/a' } },
      { label: 'Copy link', action: { kind: 'copyLink', url: 'https://example.com/a' } }
    ])
    expect(labels(contextMenuItems({ ...blank, linkURL: 'file:///etc/passwd' }, spelling))).toEqual([
      'Copy link'
    ])
  })

  it('never starts or ends with a separator, nor shows two in a row', () => {
    for (const params of [
      { ...blank, linkURL: 'mailto:ana@example.com', selectionText: 'x' },
      { ...field, misspelledWord: 'x', linkURL: 'https://a.example/' },
      { ...field, spellcheckEnabled: false }
    ]) {
      const kinds = contextMenuItems(params, spelling).map((item) => item.type)
      expect(kinds[0]).not.toBe('separator')
      expect(kinds.at(-1)).not.toBe('separator')
      expect(kinds.join(',')).not.toContain('separator,separator')
    }
  })
})
