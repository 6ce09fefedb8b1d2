import type { PaletteCommand } from './commands'

const separators = /[^\p{L}\p{N}:]+/u
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

// Folded once per command: a team's commands number in the hundreds, and every key matches them all again.
const foldedWords = new WeakMap<PaletteCommand, string[]>()
function wordsOf(command: PaletteCommand): string[] {
  let words = foldedWords.get(command)
  if (!words) {
    words = fold([command.label, ...command.keywords].join(' ')).split(separators)
    foldedWords.set(command, words)
  }
  return words
}

/**
 * The first `limit` commands whose label or keywords have a word starting with each word typed (case and
 * accents ignored), in the list's order.
 */
export function matchCommands(
  list: readonly PaletteCommand[],
  text: string,
  limit = Infinity
): PaletteCommand[] {
  const typed = fold(text).split(separators).filter(Boolean)
  const found: PaletteCommand[] = []
  for (const command of list) {
    if (found.length >= limit) break
    const words = typed.length > 0 ? wordsOf(command) : []
    if (typed.every((part) => words.some((word) => word.startsWith(part)))) found.push(command)
  }
  return found
}
