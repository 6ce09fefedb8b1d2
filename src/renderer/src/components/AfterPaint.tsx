import { useEffect, useState, type ReactNode } from 'react'

/**
 * Shows `fallback` until the browser has drawn the screen once with it, then `children`. For a costly part low
 * on a screen (a person's charts): what is above it is drawn first, and the reads of what follows it (their
 * timeline) go to main before its own, instead of waiting behind them.
 */
export function AfterPaint({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    // The frame callback runs before that paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return painted ? children : fallback
}
