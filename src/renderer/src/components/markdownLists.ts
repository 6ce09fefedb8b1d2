import { ChangeSet, EditorSelection, type StateCommand, type Transaction } from '@codemirror/state'
import { deleteMarkupBackward, insertNewlineContinueMarkupCommand } from '@codemirror/lang-markdown'
import type { KeyBinding } from '@codemirror/view'

// The second Enter always leaves the list (by default a two-item list would turn loose and stay a list).
const continueMarkup = insertNewlineContinueMarkupCommand({ nonTightLists: false })
const EMPTY_TOP_LEVEL_ITEM = /^(?:[-*+]|\d+[.)])(?:\s+\[[ xX]\])?\s*$/u

/**
 * Enter continues a list, and Enter on its empty last item leaves it. CodeMirror leaves it on the very next
 * line, where a paragraph typed next is a lazy continuation of the last bullet in every markdown reader;
 * a blank line in between makes it a paragraph of its own.
 */
const continueOrLeaveList: StateCommand = ({ state, dispatch }) => {
  const continued: Transaction[] = []
  if (!continueMarkup({ state, dispatch: (transaction) => continued.push(transaction) })) return false
  const done = continued[0]!
  const { main } = state.selection
  const after = done.state
  const cursor = after.selection.main.head
  const line = after.doc.lineAt(cursor)
  const leftTheList =
    state.selection.ranges.length === 1 &&
    EMPTY_TOP_LEVEL_ITEM.test(state.doc.lineAt(main.head).text) &&
    line.text === '' &&
    line.number > 1 &&
    after.doc.line(line.number - 1).text.trim() !== ''
  if (!leftTheList) {
    dispatch(done)
    return true
  }
  const blankLine = ChangeSet.of({ from: cursor, insert: state.lineBreak }, after.doc.length)
  dispatch(
    state.update({
      changes: done.changes.compose(blankLine),
      selection: EditorSelection.cursor(cursor + state.lineBreak.length),
      scrollIntoView: true,
      userEvent: 'input'
    })
  )
  return true
}

/** Markdown's Enter and Backspace, bound ahead of the default keymap. */
export const markdownListKeymap: KeyBinding[] = [
  { key: 'Enter', run: continueOrLeaveList },
  { key: 'Backspace', run: deleteMarkupBackward }
]
