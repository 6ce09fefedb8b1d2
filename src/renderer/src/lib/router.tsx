import { createStore } from './store'

/**
 * Screens are addressed by the URL hash (#/team/<id>), so a reload returns to the same screen and the
 * browser's back and forward work. A handful of routes does not need a routing library.
 */
export const currentPath = (): string => window.location.hash.replace(/^#/, '') || '/team'

const address = createStore(currentPath())
window.addEventListener('hashchange', () => address.set(currentPath()))

export const usePath = address.use

export function navigate(path: string): void {
  window.location.hash = path
}

/**
 * Changes the address without changing the screen, if it is still the screen at `from`: a new entry that has
 * just been saved gets its own address (so a reload reopens it) while the editor on screen stays exactly as it
 * is. A save that ends after the person has gone elsewhere leaves the address of where they went.
 */
export function replaceAddress(from: string, path: string): void {
  if (segmentsOf(currentPath()).join('/') !== segmentsOf(from).join('/')) return
  window.history.replaceState(window.history.state, '', `#${path}`)
}

/** The path's segments, e.g. "/team/abc" gives ["team", "abc"]; a query ("?member=...") is not a segment. */
export const segmentsOf = (path: string): string[] =>
  path.split('?')[0]!.split('/').filter(Boolean).map(decodeURIComponent)

export function useSegments(): string[] {
  return segmentsOf(usePath())
}

/** The query after the path, e.g. "/journal?member=abc&from=2026-11-01": a screen opened already filtered. */
export function useHashQuery(): URLSearchParams {
  return new URLSearchParams(usePath().split('?')[1] ?? '')
}
