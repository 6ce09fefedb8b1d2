const NAMES: Record<string, string> = {
  '\u00a0': 'a no-break space',
  '\u202f': 'a narrow no-break space',
  '\ufeff': 'an invisible byte-order mark',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
  '\u3000': 'a wide space'
}

const PLAIN = new Set([' ', '\t', '\n', '\r'])

const describe = (characters: string): string[] =>
  [...new Set(characters)]
    .filter((character) => !PLAIN.has(character))
    .map(
      (character) =>
        NAMES[character] ??
        `an invisible character (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`
    )

/**
 * What saving took off the ends of a name, a title or a tag, said in words, when it was more than ordinary
 * spaces: text pasted with a no-break space or a byte-order mark in front must not change without the person
 * knowing. Null when nothing worth saying was removed. `saved` is what was kept (the typed text, trimmed);
 * `lead` says what became of it ("Saved as", "Added the tag").
 */
export function trimNotice(typed: string, saved: string, lead = 'Saved as'): string | null {
  if (typed === saved) return null
  const start = typed.length - typed.trimStart().length
  const end = typed.length - typed.trimEnd().length
  const parts = [
    ...describe(typed.slice(0, start)).map((what) => `${what} at the start`),
    ...describe(typed.slice(typed.length - end)).map((what) => `${what} at the end`)
  ]
  if (parts.length === 0) return null
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`
  return `${lead} “${saved}”: Leap removed ${list}.`
}
