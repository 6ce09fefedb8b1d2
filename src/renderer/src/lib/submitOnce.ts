import { useCallback, useRef, useState } from 'react'

/**
 * A form's submit, one at a time: while one is being checked or saved, another press of the button is
 * ignored (a double click wrote two goals, or two days away). `busy` is for the button.
 */
export function useSubmitOnce() {
  const running = useRef(false)
  const [busy, setBusy] = useState(false)
  const once = useCallback(async (work: () => Promise<void>) => {
    if (running.current) return
    running.current = true
    setBusy(true)
    try {
      await work()
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])
  return { busy, once }
}
