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
  // Faults of the user's machine, each with its own sentence (main/faults): nothing was changed, and the
  // same action works once the cause is gone.
  'disk_full',
  'read_only',
  'busy',
  'permission',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** The codes that name a fault of the machine rather than of the call: trying again later can succeed. */
export const FAULT_CODES = [
  'disk_full',
  'read_only',
  'busy',
  'permission'
] as const satisfies readonly ErrorCode[]
export type FaultCode = (typeof FAULT_CODES)[number]
export const isFaultCode = (code: string): code is FaultCode =>
  (FAULT_CODES as readonly string[]).includes(code)

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
