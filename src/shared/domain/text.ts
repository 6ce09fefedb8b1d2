/**
 * Text is stored exactly as typed or refused with a reason, never changed on the way (docs/RELIABILITY.md
 * F10). Refused: NUL (SQLite's text functions stop at it, so a name starting with one broke its CHECK),
 * half of a UTF-16 surrogate pair (it cannot be written as UTF-8: SQLite would get U+FFFD instead), and
 * control characters other than tab, line feed and carriage return (invisible, and Leap's search marks
 * its matches with two of them). The database refuses the same in its one-line fields (migration 5).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
/** A high surrogate not followed by a low one, or a low one not after a high one (code units, no `u` flag). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** The controls a keyboard or a paste can bring in, by name; a name reads better than a box in the field. */
const CONTROL_NAMES: Record<string, string> = {
  '\u0000': 'a NUL character',
  '\u0007': 'a bell character',
  '\u0008': 'a backspace character',
  '\u000b': 'a vertical tab',
  '\u000c': 'a form feed',
  '\u001b': 'an escape character',
  '\u007f': 'a delete character'
}

const codePoint = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/** Why this text cannot be stored as it is, or null when it can. */
export function textProblem(text: string): string | null {
  const control = CONTROL.exec(text)
  if (control) {
    const what = CONTROL_NAMES[control[0]] ?? 'an invisible control character'
    return `This text holds ${what} (${codePoint(control[0])}, at character ${control.index + 1}) that Leap cannot keep. Remove it and try again.`
  }
  if (LONE_SURROGATE.test(text)) {
    return 'This text holds half of a character (a lone UTF-16 surrogate) that cannot be stored as it is. Remove it and try again.'
  }
  return null
}

/** The first string anywhere in `value` (an input of any shape) that cannot be stored, with its path. */
export function refusedText(value: unknown, path: string[] = []): { path: string; message: string } | null {
  if (typeof value === 'string') {
    const message = textProblem(value)
    return message ? { path: path.join('.') || '(input)', message } : null
  }
  if (value === null || typeof value !== 'object') return null
  for (const [key, item] of Object.entries(value)) {
    const refused = refusedText(item, [...path, key])
    if (refused) return refused
  }
  return null
}
