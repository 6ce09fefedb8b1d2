/** A rectangle in screen coordinates, as Electron gives bounds and display work areas. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rect
  maximized: boolean
}

export const DEFAULT_SIZE = { width: 1200, height: 800 }
export const MIN_SIZE = { width: 760, height: 520 }
/** How much of the window (its top, where the title bar is) must be on a screen to count as visible. */
const GRIP = { width: 120, height: 40 }

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  }
}

/** The part a person grabs to move the window: its top strip. */
const titleBar = (bounds: Rect): Rect => ({ ...bounds, height: Math.min(bounds.height, GRIP.height) })

function fitSize(size: { width: number; height: number }, area: Rect) {
  return {
    width: Math.max(Math.min(size.width, area.width), Math.min(MIN_SIZE.width, area.width)),
    height: Math.max(Math.min(size.height, area.height), Math.min(MIN_SIZE.height, area.height))
  }
}

function centeredIn(area: Rect, size: { width: number; height: number }): Rect {
  const fitted = fitSize(size, area)
  return {
    ...fitted,
    x: Math.round(area.x + (area.width - fitted.width) / 2),
    y: Math.round(area.y + (area.height - fitted.height) / 2)
  }
}

/**
 * Where to open the window, from what was saved and the screens there are now (their work areas, the
 * primary first). The saved place is kept while enough of its title bar is on some screen to grab it,
 * with its size shrunk to that screen if it has become smaller; otherwise (a monitor unplugged, a
 * resolution changed) the window opens centred on the primary screen at the saved size, fitted to it.
 */
export function restoreWindowState(saved: WindowState | undefined, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0]
  if (!primary) return { bounds: { x: 0, y: 0, ...DEFAULT_SIZE }, maximized: false }
  if (!saved) return { bounds: centeredIn(primary, DEFAULT_SIZE), maximized: false }

  const bar = titleBar(saved.bounds)
  const home = workAreas.find((area) => {
    const shared = overlap(bar, area)
    return (
      shared.width >= Math.min(GRIP.width, bar.width) &&
      shared.height >= Math.min(GRIP.height, bar.height) / 2
    )
  })
  if (!home) return { bounds: centeredIn(primary, saved.bounds), maximized: saved.maximized }

  const size = fitSize(saved.bounds, home)
  // Keep the position, but pull the window inside the screen that holds its title bar.
  const x = Math.min(Math.max(saved.bounds.x, home.x), home.x + home.width - size.width)
  const y = Math.min(Math.max(saved.bounds.y, home.y), home.y + home.height - size.height)
  return { bounds: { ...size, x, y }, maximized: saved.maximized }
}
