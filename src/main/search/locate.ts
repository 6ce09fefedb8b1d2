/**
 * Finds where a search matched in a long text without FTS5's highlight(), whose time grows faster than the
 * number of matches in one entry (a pasted 2 MB reflection made a search for "the" take 5-7 s, 4.9 MB 68 s,
 * with the window frozen). For entries longer than HIGHLIGHT_MAX_BYTES, search.ts reads only their first
 * LOCATE_CHARS characters and marks the matches there with this, which mirrors FTS5's unicode61 tokenizer
 * with remove_diacritics: words are runs of letters and digits, matched in any case and without accents,
 * the last word of a prefix query as a prefix. The entry itself was found by FTS5 over its whole text;
 * only the stretch shown comes from here: work proportional to what is shown (docs/RELIABILITY.md F11).
 */
/** In bytes of UTF-8 (SQLite's octet_length reads that without counting characters through the text). */
export const HIGHLIGHT_MAX_BYTES = 64 * 1024
export const LOCATE_CHARS = 200_000
/** Marks set in one located text at most: a snippet shows a handful. */
export const MAX_LOCATED = 200

interface Term {
  tokens: string[]
  prefix: boolean
}

const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu

/** The words and phrases of a MATCH expression made by query.ts (`"word" "two words" "pre"*`). */
export function termsOf(match: string): Term[] {
  return [...match.matchAll(/"((?:[^"]|"")*)"(\*?)/g)]
    .map(([, text, star]) => ({
      tokens: (text ?? '').replaceAll('""', '"').match(TOKEN) ?? [],
      prefix: star === '*'
    }))
    .filter((term) => term.tokens.length > 0)
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()

let variants: Map<string, string> | null = null

/** Every precomposed letter that folds to a given base letter (é, è, É ... for e), built once. */
function variantsOf(base: string): string {
  if (!variants) {
    variants = new Map()
    const blocks: [number, number][] = [
      [0x00c0, 0x024f],
      [0x0370, 0x03ff],
      [0x0400, 0x04ff],
      [0x1e00, 0x1fff]
    ]
    for (const [from, to] of blocks) {
      for (let point = from; point <= to; point += 1) {
        const character = String.fromCodePoint(point)
        const folded = fold(character)
        if ([...folded].length === 1 && folded !== character.toLowerCase()) {
          variants.set(folded, (variants.get(folded) ?? '') + character)
        }
      }
    }
  }
  return variants.get(base) ?? ''
}

const escape = (character: string) => character.replace(/[\\\]^-]/g, (c) => `\\${c}`)

function tokenPattern(token: string): string {
  return [...fold(token)].map((character) => `[${escape(character + variantsOf(character))}]\\p{M}*`).join('')
}

const WORD = '[\\p{L}\\p{N}\\p{Co}]'

/** One regular expression for all the terms, matched in any case. */
export function termPattern(terms: readonly Term[]): RegExp | null {
  if (terms.length === 0) return null
  const alternatives = terms.map(
    ({ tokens, prefix }) =>
      // A prefix marks the whole word it begins, as FTS5 does.
      `(?<!${WORD})${tokens.map(tokenPattern).join(`[^\\p{L}\\p{N}\\p{Co}]+`)}${prefix ? `[\\p{L}\\p{N}\\p{Co}\\p{M}]*` : `(?!${WORD})`}`
  )
  return new RegExp(alternatives.join('|'), 'giu')
}

/**
 * The text with its first MAX_LOCATED matches marked as highlight() marks them, for snippet.ts. Matches
 * that start too near the end of `text` (a cut of a longer one) are left out, so a snippet around them
 * never seems to end where the entry does.
 */
export function markLocated(text: string, pattern: RegExp, start: string, end: string, before = text.length) {
  pattern.lastIndex = 0
  let marked = ''
  let at = 0
  for (let found = 0; found < MAX_LOCATED; found += 1) {
    const match = pattern.exec(text)
    if (!match || match.index >= before) break
    marked += text.slice(at, match.index) + start + match[0] + end
    at = match.index + match[0].length
  }
  return marked + text.slice(at)
}
