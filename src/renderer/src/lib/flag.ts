import { useSyncExternalStore } from 'react'

/**
 * A yes/no that anything may set and any component may watch: a dialog opened from the menu, the keyboard
 * or the palette alike (the command palette's own store, palette-store.ts, is the same idea).
 */
export function createFlag() {
  let value = false
  const listeners = new Set<() => void>()
  const set = (next: boolean) => {
    value = next
    listeners.forEach((listener) => listener())
  }
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
  return {
    set,
    open: () => set(true),
    close: () => set(false),
    useValue: () => useSyncExternalStore(subscribe, () => value)
  }
}
