import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZE, restoreWindowState, type Rect } from './windowState'

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 }
/** An external monitor to the right of the laptop. */
const external: Rect = { x: 1440, y: 0, width: 2560, height: 1415 }

describe('restoring the window', () => {
  it('opens at the default size, centred on the primary screen, the first time', () => {
    expect(restoreWindowState(undefined, [laptop])).toEqual({
      bounds: { x: 120, y: 38, ...DEFAULT_SIZE },
      maximized: false
    })
  })

  it('comes back exactly where it was, maximised or not, while that screen is there', () => {
    const saved = { bounds: { x: 1700, y: 120, width: 1400, height: 900 }, maximized: true }
    expect(restoreWindowState(saved, [laptop, external])).toEqual(saved)
  })

  it('opens on the primary screen when the monitor it was on is gone', () => {
    const saved = { bounds: { x: 1700, y: 120, width: 1400, height: 900 }, maximized: false }
    const restored = restoreWindowState(saved, [laptop])
    // Centred on the laptop, shrunk to fit it.
    expect(restored).toEqual({ bounds: { x: 20, y: 0, width: 1400, height: 875 }, maximized: false })
  })

  it('brings back a window whose title bar was dragged above or beside every screen', () => {
    for (const bounds of [
      { x: 200, y: -900, width: 1000, height: 700 },
      { x: -1950, y: 100, width: 1000, height: 700 },
      { x: 1430, y: 100, width: 1000, height: 700 }
    ]) {
      const { bounds: restored } = restoreWindowState({ bounds, maximized: false }, [laptop])
      expect(restored.x).toBeGreaterThanOrEqual(0)
      expect(restored.y).toBeGreaterThanOrEqual(0)
      expect(restored.x + restored.width).toBeLessThanOrEqual(laptop.width)
      expect(restored.y + restored.height).toBeLessThanOrEqual(laptop.height)
    }
  })

  it('keeps a window partly off screen on that screen, pulled inside, at its size', () => {
    const restored = restoreWindowState(
      { bounds: { x: 900, y: 300, width: 1000, height: 700 }, maximized: false },
      [laptop]
    )
    expect(restored.bounds).toEqual({ x: 440, y: 175, width: 1000, height: 700 })
  })

  it('never opens smaller than the minimum size unless the screen itself is smaller', () => {
    const tiny: Rect = { x: 0, y: 0, width: 640, height: 480 }
    const restored = restoreWindowState(
      { bounds: { x: 3000, y: 0, width: 300, height: 200 }, maximized: false },
      [tiny]
    )
    expect(restored.bounds).toEqual({ x: 0, y: 0, width: 640, height: 480 })
  })
})
