import { createElement, lazy, useState, type ComponentType } from 'react'

/** Every on-demand piece's loader, so they can all be fetched once the first screen is up. */
const loaders = new Set<() => Promise<unknown>>()

/**
 * Code fetched the first time it is asked for, and when the page is idle after start-up (prefetchWhenIdle);
 * the loader runs once. After a failure it is called again on the next use, though the browser may answer
 * with the same failure until the window reloads (it keeps failed module loads for the page's life).
 */
export function onDemandModule<Module>(load: () => Promise<Module>): () => Promise<Module> {
  let loading: Promise<Module> | null = null
  const loadOnce = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null
      throw error
    }))
  loaders.add(loadOnce)
  return loadOnce
}

/**
 * A component whose code is fetched the first time it renders (it suspends until then), so the first screen
 * parses only what it shows.
 */
export function onDemand<Props extends object>(
  load: () => Promise<ComponentType<Props>>
): ComponentType<Props> {
  let loaded: ComponentType<Props> | null = null
  const loadOnce = onDemandModule(() => load().then((component) => (loaded = component)))
  const Lazy = lazy(() => loadOnce().then((component) => ({ default: component })))
  // Code fetched before (prefetched when idle) renders at once: suspending, even on a settled promise, shows
  // the fallback, and React then holds the screen back for up to 300 ms. Chosen once per mount, so a piece
  // that loads while shown is not remounted.
  return function OnDemand(props: Props) {
    const [ready] = useState(() => loaded)
    return createElement(ready ?? Lazy, props)
  }
}

/**
 * Fetches every on-demand piece when the page is idle after start-up, so the first visit to Insights or the
 * editor rarely waits for its code. Waits for the first screen: parsing and running charts and the editor
 * while its data arrives would slow the one thing the user is looking at.
 */
export function prefetchWhenIdle(afterMs = 1000): void {
  const queue = [...loaders]
  // One piece per idle period: each is parsed and run on the page's only thread.
  const next = () => {
    const load = queue.shift()
    if (load)
      window.requestIdleCallback(
        () =>
          void load()
            .catch(() => {})
            .finally(next),
        { timeout: 2000 }
      )
  }
  setTimeout(next, afterMs)
}
