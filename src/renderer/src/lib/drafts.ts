/**
 * A copy of unsaved editor text in localStorage, written as the text changes and removed once the journal
 * has it. It covers the moments a save cannot: a reload or crash within the autosave delay.
 */
const PREFIX = 'leap:draft:'

/**
 * Copying a long text into storage takes milliseconds (about 4 ms at 10,000 words), so a draft is written when
 * the page is next idle, after the frame that shows the key press, and within this long at the latest.
 */
const DRAFT_WITHIN_MS = 100

/** Runs `write` once the page is idle; leaving the page should call the same write at once (pagehide). */
export function whenIdle(write: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(write, { timeout: DRAFT_WITHIN_MS })
  else setTimeout(write, 0)
}

export interface Draft<T> {
  fields: T
  /** The journal version the edit started from, so a late save can still detect a conflict. */
  baseUpdatedAt: string | null
  /** A save that had been sent but not acknowledged: if the journal holds exactly this, it landed. */
  inFlight?: T
}

export function writeDraft<T>(key: string, draft: Draft<T>): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(draft))
  } catch {
    // Storage full or unavailable: the autosave still runs; nothing else to do here.
  }
}

export function readDraft<T>(key: string): Draft<T> | null {
  try {
    const raw = localStorage.getItem(PREFIX + key)
    return raw ? (JSON.parse(raw) as Draft<T>) : null
  } catch {
    return null
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key)
  } catch {
    // Nothing to clear.
  }
}
