/** A letter with the marks that belong to it ("é" written as e + U+0301 stays whole). */
const letter = /\p{L}\p{M}*/u

/**
 * The two letters an avatar shows: the first letters of the first and last words that hold a letter, once
 * what is in brackets is set aside ("Ana Lima (sample)" -> "AL"). Punctuation, symbols and digits never
 * show ("$(rm -rf ~)" has no letter: null, and the avatar shows a neutral figure).
 */
export function initials(name: string): string | null {
  const words = name
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/gu, ' ')
    .split(/\s+/u)
    .map((word) => letter.exec(word)?.[0])
    .filter((first): first is string => first !== undefined)
  if (words.length === 0) return null
  const picked = words.length > 1 ? [words[0]!, words.at(-1)!] : [words[0]!]
  return picked.join('').toLocaleUpperCase()
}
