export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error'

export interface AutosaverOptions<T> {
  /** Stores a value; resolves once it is durable. Calls never overlap. */
  save: (value: T) => Promise<void>
  delayMs: number
  onStatus?: (status: SaveStatus, error?: Error) => void
  /** How long to wait before trying a failed save again on its own (a full disk, a lock); null: never. */
  retryAfterMs?: (error: Error) => number | null
}

export interface Autosaver<T> {
  /** A new value from the editor: saved after `delayMs` of quiet, or sooner by flush(). */
  change: (value: T) => void
  /** Saves whatever is pending now and resolves when the latest value is stored. */
  flush: () => Promise<void>
  /** Stops the timer (the latest value should be flushed first). */
  dispose: () => void
}

/**
 * Debounced saving that never loses the last edit: one save in flight at a time; changes that arrive while
 * one is in flight wait and are coalesced, so the value stored last is always the latest the user typed,
 * whatever the order in which saves finish. Failures keep the value pending until the next change or flush,
 * or until `retryAfterMs` says to try again on its own.
 */
export function createAutosaver<T>({
  save,
  delayMs,
  onStatus,
  retryAfterMs
}: AutosaverOptions<T>): Autosaver<T> {
  let pending: { value: T } | null = null
  let inFlight: Promise<void> | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastError: Error | null = null
  let shown: SaveStatus | null = null
  const report = (status: SaveStatus, error?: Error) => {
    shown = status
    onStatus?.(status, error)
  }

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  const run = (): Promise<void> => {
    if (inFlight) return inFlight
    if (!pending) return Promise.resolve()
    const { value } = pending
    pending = null
    // A save tried again after a failure leaves the failure showing until it succeeds, so the message the
    // user reads does not flicker every few seconds while the cause lasts.
    if (!lastError) report('saving')
    inFlight = save(value)
      .then(() => {
        lastError = null
      })
      .catch((error: unknown) => {
        lastError = error instanceof Error ? error : new Error(String(error))
        // Keep the unsaved value unless a newer one has arrived meanwhile.
        pending ??= { value }
      })
      .finally(() => {
        inFlight = null
      })
      .then(() => {
        if (lastError) {
          report('error', lastError)
          const retryIn = retryAfterMs?.(lastError) ?? null
          if (retryIn !== null && timer === null) {
            timer = setTimeout(() => {
              timer = null
              void run()
            }, retryIn)
          }
          return
        }
        if (pending) return run()
        report('saved')
      })
    return inFlight
  }

  const flush = async (): Promise<void> => {
    clearTimer()
    // Loop: a save in flight may finish while newer edits are pending.
    while (inFlight || pending) {
      await run()
      if (lastError) throw lastError
    }
  }

  return {
    change(value) {
      pending = { value }
      // Once per run of edits: reported at every key press, it drew the editor's page again for each one.
      if (shown !== 'pending') report('pending')
      clearTimer()
      timer = setTimeout(() => {
        timer = null
        void run()
      }, delayMs)
    },
    flush,
    dispose: clearTimer
  }
}
