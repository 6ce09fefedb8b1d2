import { useEffect, useId, useRef, useState } from 'react'
import {
  EditorView,
  highlightSpecialChars,
  keymap,
  placeholder as placeholderExtension
} from '@codemirror/view'
import { EditorState } from '@codemirror/state'
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { markdown, markdownLanguage } from '@codemirror/lang-markdown'
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { tags } from '@lezer/highlight'
import { isMac } from '../features/desktop/keys'
import { markdownListKeymap } from './markdownLists'
import './markdown-editor.css'

interface MarkdownEditorProps {
  /** The text the editor starts with. Later changes of this prop are ignored: the editor owns the text. */
  initialValue: string
  onChange: (value: string) => void
  label: string
  placeholder?: string
  /** Lets a parent insert text (a coaching prompt, say) at the cursor. */
  onReady?: (api: { insert: (text: string) => void; focus: () => void }) => void
}

/** Markdown shown as it will read: headings larger, emphasis emphasised, the syntax characters dimmed. */
const markdownLook = HighlightStyle.define([
  { tag: tags.heading1, fontSize: '1.45em', fontWeight: '700' },
  { tag: tags.heading2, fontSize: '1.25em', fontWeight: '650' },
  { tag: tags.heading3, fontSize: '1.1em', fontWeight: '650' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: tags.link, color: 'var(--accent)', textDecoration: 'underline' },
  { tag: tags.url, color: 'var(--text-3)' },
  { tag: tags.monospace, fontFamily: 'var(--mono)', fontSize: '0.92em' },
  { tag: tags.quote, color: 'var(--text-2)', fontStyle: 'italic' },
  // The bullets and numbers are dimmed with the other syntax characters; a list's text reads as text (in
  // the accent colour it read as a link).
  { tag: [tags.processingInstruction, tags.meta, tags.contentSeparator], color: 'var(--text-3)' }
])

const CONTROL_NAMES: Record<number, string> = {
  0: 'NUL',
  7: 'BEL',
  8: 'BS',
  11: 'VT',
  12: 'FF',
  27: 'ESC',
  127: 'DEL'
}

/** A control character as its short name in a small marked box ("BEL"), readable in any font. */
function controlCharacter(code: number, description: string | null): HTMLElement {
  const mark = document.createElement('span')
  mark.className = 'cm-specialChar markdown-editor__control'
  mark.textContent = CONTROL_NAMES[code] ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  mark.title = description ?? mark.textContent
  mark.setAttribute('aria-label', mark.title)
  return mark
}

/** CodeMirror 6 with markdown, soft wrapping, undo history and the app's theme. */
export function MarkdownEditor({ initialValue, onChange, label, placeholder, onReady }: MarkdownEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const onChangeRef = useRef(onChange)
  const onReadyRef = useRef(onReady)

  useEffect(() => {
    onChangeRef.current = onChange
    onReadyRef.current = onReady
  })

  // Tab indents, as in every code and markdown editor; CodeMirror's advice for `indentWithTab` is to offer
  // a way out and say so: Ctrl+M (Shift+Alt+M on a Mac, where Cmd+M minimises) makes Tab move the focus.
  const [tabMovesFocus, setTabMovesFocus] = useState(false)
  const hintId = useId()

  useEffect(() => {
    let tabMoves = false
    const toggleTabMovesFocus = (view: EditorView) => {
      tabMoves = !tabMoves
      view.setTabFocusMode(tabMoves)
      setTabMovesFocus(tabMoves)
      return true
    }
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initialValue,
        extensions: [
          history(),
          keymap.of([
            { key: 'Ctrl-m', mac: 'Shift-Alt-m', run: toggleTabMovesFocus },
            ...markdownListKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            indentWithTab
          ]),
          markdown({ base: markdownLanguage, addKeymap: false }),
          // A control character (a bell, an escape) pasted in is drawn as a marked dot that names it on hover,
          // not as an empty box: Leap refuses to save it, and the person must be able to find it.
          highlightSpecialChars({ render: controlCharacter }),
          syntaxHighlighting(markdownLook),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-label': label,
            'aria-multiline': 'true',
            'aria-describedby': hintId,
            spellcheck: 'true'
          }),
          placeholderExtension(placeholder ?? ''),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString())
          })
        ]
      })
    })
    onReadyRef.current?.({
      insert: (text) => {
        const { from, to } = view.state.selection.main
        view.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length } })
        view.focus()
      },
      focus: () => view.focus()
    })
    return () => view.destroy()
    // The editor is created once per mount; `initialValue` is only its starting text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const toggle = isMac() ? '⌥⇧M' : 'Ctrl+M'
  return (
    <>
      <div className="markdown-editor" ref={host} />
      <p id={hintId} className="markdown-editor__hint" aria-live="polite">
        {tabMovesFocus ? (
          <>
            Tab moves to the next control. <kbd>{toggle}</kbd> to indent with Tab again.
          </>
        ) : (
          <>
            Tab indents. <kbd>{toggle}</kbd> (or <kbd>Esc</kbd> then <kbd>Tab</kbd>) to move on with Tab.
          </>
        )}
      </p>
    </>
  )
}
