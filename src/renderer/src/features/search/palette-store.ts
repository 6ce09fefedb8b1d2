import { useSyncExternalStore } from 'react'

/** Whether the command palette is open; anything (a sidebar button, a menu) may open it. */
let open = false
const listeners = new Set<() => void>()

export function setPaletteOpen(next: boolean): void {
  open = next
  listeners.forEach((listener) => listener())
}

export const openPalette = (): void => setPaletteOpen(true)

export function usePaletteOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => open
  )
}
