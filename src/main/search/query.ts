/**
 * Turns what a user typed into an FTS5 MATCH expression that can never be a syntax error and never runs
 * FTS5 operators the user did not mean: every word or phrase becomes a quoted string ("" inside doubled),
 * so `AND`, `NEAR(`, `*`, `-`, `:` and stray quotes are searched as text.
 *
 * - Words are ANDed. `"two words"` in quotes is a phrase; an unclosed quote runs to the end of the input.
 * - The last word is a prefix ("deleg" finds "delegation") while it is still being typed, that is when the
 *   input does not end in a space or a closing quote, and it has at least MIN_PREFIX characters (shorter
 *   prefixes match most of the vocabulary and are slow for little use).
 * - Control characters are dropped (a NUL ends the string inside SQLite's parser), as are chunks with no
 *   letter or digit, which the tokenizer would turn into nothing.
 */
export const MIN_PREFIX = 2

const wordChar = /[\p{L}\p{N}]/u
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u001f\u007f-\u009f]/g

export function toMatchExpression(input: string): string | null {
  const text = input.replace(controlChars, ' ')
  const parts: { text: string; prefix: boolean }[] = []
  const pattern = /"([^"]*)("?)|([^\s"]+)/g
  for (const found of text.matchAll(pattern)) {
    const [whole, phrase, closed, word] = found
    const atEnd = found.index + whole.length === text.length
    const value = phrase ?? word ?? ''
    if (!wordChar.test(value)) continue
    const stillTyping = atEnd && (word !== undefined || closed === '')
    parts.push({ text: value, prefix: stillTyping })
  }
  if (parts.length === 0) return null
  return parts
    .map(({ text, prefix }) => {
      const quoted = `"${text.replaceAll('"', '""')}"`
      return prefix && lastTokenLength(text) >= MIN_PREFIX ? `${quoted}*` : quoted
    })
    .join(' ')
}

function lastTokenLength(text: string): number {
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  return [...(tokens.at(-1) ?? '')].length
}
