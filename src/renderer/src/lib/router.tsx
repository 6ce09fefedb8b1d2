import { useSyncExternalStore } from 'react'

/**
 * Screens are addressed by the URL hash (#/team/<id>), so a reload returns to the same screen and the
 * browser's back and forward work. A handful of routes does not need a routing library.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentPath = (): string => window.location.hash.replace(/^#/, '') || '/team'

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath)
}

export function navigate(path: string): void {
  window.location.hash = path
}

/** The path's segments, e.g. "/team/abc" gives ["team", "abc"]. */
export function useSegments(): string[] {
  return usePath().split('/').filter(Boolean).map(decodeURIComponent)
}
