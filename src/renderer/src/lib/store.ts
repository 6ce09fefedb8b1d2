import { useSyncExternalStore } from 'react'

export interface Store<T> {
  get: () => T
  set: (next: T) => void
  /** The value in a component, which renders again when it changes. */
  use: () => T
}

/**
 * A value that lives outside React, which anything may set (a menu command, a key, a button) and any
 * component may watch: the address, the palette, the export dialog, the dialogs the menu opens.
 */
export function createStore<T>(initial: T): Store<T> {
  let value = initial
  const listeners = new Set<() => void>()
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
  return {
    get: () => value,
    set(next) {
      value = next
      listeners.forEach((listener) => listener())
    },
    use: () => useSyncExternalStore(subscribe, () => value)
  }
}

/** A yes/no store, for a dialog that anything may open. */
export function createFlag() {
  const store = createStore(false)
  return { ...store, open: () => store.set(true), close: () => store.set(false) }
}
