import type { JournalProblem } from '../../shared/domain/backups'
import { JournalUnavailableError } from '../db/inspect'

/**
 * What the recovery screen says when the journal is not open. Damage is the only problem that moves the
 * file (aside, untouched); every other one leaves it where it is, with what to do (docs/RELIABILITY.md F1).
 */
export function problemOf(error: unknown, moveAside: () => string | null): JournalProblem {
  if (!(error instanceof JournalUnavailableError)) {
    console.error('Leap: the journal could not be opened', error)
    return {
      kind: 'unreadable',
      message:
        `Leap could not open your journal (${(error as Error).message}). It did not change or move it. ` +
        'Try again; if it happens again, restart Leap.',
      movedAsideTo: null
    }
  }
  if (error.kind === 'damaged') {
    try {
      return damagedProblem(moveAside())
    } catch (moveError) {
      return damagedProblem(null, (moveError as Error).message)
    }
  }
  if (error.kind === 'newer') {
    return {
      kind: 'newer',
      message:
        'Your journal was saved by a newer version of Leap. This version cannot open it without risking ' +
        'your notes, so it left the file exactly as it was. Install the newer Leap to keep working.',
      movedAsideTo: null
    }
  }
  return { kind: error.kind, message: error.message, movedAsideTo: null }
}

export function damagedProblem(movedAsideTo: string | null, moveFailure?: string): JournalProblem {
  return {
    kind: 'damaged',
    message:
      'Your journal could not be read: the file is damaged or incomplete. Leap did not change it. ' +
      (moveFailure
        ? `Leap could not move it aside (${moveFailure}); it is where it was.`
        : 'It was moved aside, exactly as it was, so nothing can write to it by mistake.'),
    movedAsideTo
  }
}

/** Problems about the file itself, which a backup or a fresh journal can answer; the others pass with time. */
export const replaceable = (problem: JournalProblem | null) =>
  problem !== null && ['damaged', 'newer', 'missing'].includes(problem.kind)
