import { isFaultCode, type FaultCode } from '../../../shared/ipc/envelope'
import { LeapCallError } from './api'

/**
 * A fault of the machine (main/faults) in a few words, for a line that has little room, such as the
 * editor's "Not saved yet: the disk is full". Main's message says the whole of it, with what to do.
 */
const PHRASES: Record<FaultCode, string> = {
  disk_full: 'the disk is full',
  read_only: 'the journal can only be read',
  busy: 'another program is using the journal',
  permission: 'Leap is not allowed to write to the journal'
}

/** The fault behind a failed call, or null when it is not one of the machine's. */
export function faultOf(error: unknown): FaultCode | null {
  return error instanceof LeapCallError && isFaultCode(error.code) ? error.code : null
}

export const faultPhrase = (fault: FaultCode) => PHRASES[fault]

/**
 * Saves that met a fault are tried again this often; anything else waits for the user. Not sooner: while
 * another program holds the lock, each try waits up to busy_timeout (5 s) on the thread that answers the window.
 */
export const FAULT_RETRY_MS = 5000
