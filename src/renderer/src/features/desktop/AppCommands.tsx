import { useEffect } from 'react'
import { APP_COMMAND_EVENT, isAppCommandId, type AppCommandId } from '../../../../shared/desktop/appCommands'
import { useToast } from '../../components/Toasts'
import { LoopDialogs } from '../oneOnOnes/LoopDialogs'
import { StartOneOnOneDialog } from '../oneOnOnes/StartOneOnOneDialog'
import { commands } from '../search/commands'
import { openPalette } from '../search/palette-store'
import { personPicker } from './flags'
import { commandForKey } from './keys'
import { setNotifier } from './notices'
import { ShortcutsSheet } from './ShortcutsSheet'
import { useWeeklyReviewStarter } from '../reviews/hooks'

/** Runs one of Leap's commands through the palette's registry (the palette itself opens the palette). */
export function runAppCommand(id: AppCommandId): void {
  if (id === 'palette.open') return openPalette()
  commands.find((command) => command.id === id)?.run()
}

/** A menu click and its accelerator may both arrive for one key press on some systems: run it once. */
const REPEAT_MS = 400

/**
 * Where the native menu's commands land (the `leap:command` event main dispatches) and where their
 * accelerators work without the menu (the harness, a focused field that keeps the key from the menu).
 * Also holds the dialogs those commands open.
 */
export function AppCommands() {
  const toast = useToast()
  useWeeklyReviewStarter()
  useEffect(() => setNotifier((message, tone) => toast({ message, tone })), [toast])

  useEffect(() => {
    let last = { id: '', from: '', at: 0 }
    // Two presses of the keys are two commands; only the menu's echo of one press (or the press's echo of
    // a menu click) is dropped.
    const run = (id: AppCommandId, from: 'menu' | 'key') => {
      const now = performance.now()
      if (last.id === id && last.from !== from && now - last.at < REPEAT_MS) return
      last = { id, from, at: now }
      runAppCommand(id)
    }
    const onCommand = (event: Event) => {
      const id = (event as CustomEvent<unknown>).detail
      if (isAppCommandId(id)) run(id, 'menu')
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const id = commandForKey(event)
      // Ctrl/Cmd+K belongs to the palette, which listens for it itself.
      if (!id || id === 'palette.open') return
      event.preventDefault()
      // Keys held down repeat: one backup, one dialog, however long the keys are held.
      if (!event.repeat) run(id, 'key')
    }
    window.addEventListener(APP_COMMAND_EVENT, onCommand)
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener(APP_COMMAND_EVENT, onCommand)
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [])

  return (
    <>
      <StartOneOnOneDialog open={personPicker.use()} onClose={personPicker.close} />
      <ShortcutsSheet />
      <LoopDialogs />
    </>
  )
}
