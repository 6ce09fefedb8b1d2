import { APP_COMMANDS } from '../../../../shared/desktop/appCommands'
import { Dialog } from '../../components/Dialog'
import { shortcutsSheet } from './flags'
import { isMac, shortcutFor } from './keys'
import './desktop.css'

const inLists = [
  ['↑ ↓', 'Move through a list or the palette’s results'],
  ['Enter', 'Open the highlighted item'],
  ['Esc', 'Close a dialog or the palette'],
  ['Tab', 'Move to the next control (the first stop skips to the screen)'],
  [isMac() ? '⌥⇧M' : 'Ctrl+M', 'In the reflection editor: Tab indents, or moves on (toggle)'],
  ['Esc, then Tab', 'Leave the reflection editor once']
] as const

/** Ctrl/Cmd+/ or Help > Keyboard Shortcuts: every command's keys, from the same list as the menu. */
export function ShortcutsSheet() {
  const open = shortcutsSheet.use()
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={shortcutsSheet.close}>
      <div className="shortcuts">
        <table className="shortcuts__table">
          <caption>Commands</caption>
          <tbody>
            {APP_COMMANDS.map((command) => (
              <tr key={command.id}>
                <th scope="row">{command.label.replace('…', '')}</th>
                <td>
                  <kbd>{shortcutFor(command.id)}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="shortcuts__table">
          <caption>In lists and dialogs</caption>
          <tbody>
            {inLists.map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row">{what}</th>
                <td>
                  <kbd>{keys}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  )
}
