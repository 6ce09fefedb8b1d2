/**
 * Every call across the bridge answers with an envelope, never a thrown error: Electron forwards only an
 * error's message, so codes would be lost, and the renderer would have to parse strings.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'forbidden',
  'journal_unavailable',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface LeapErrorBody {
  code: ErrorCode
  message: string
  /** For invalid_input: the message for each offending field, keyed by its dotted path. */
  fields?: Record<string, string>
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: LeapErrorBody }

/** Thrown by journal functions for failures a user can act on; the wrapper turns it into an envelope. */
export class LeapError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>
  ) {
    super(message)
    this.name = 'LeapError'
  }
}
