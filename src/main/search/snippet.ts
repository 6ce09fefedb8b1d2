import type { SnippetPart } from '../../shared/domain/search'
import { plainMarkdown } from './plainText'

/**
 * Snippets cut in JS from FTS5's highlight() of each column, instead of FTS5's snippet(). snippet() tokenises
 * the chosen column twice (once to find sentences, once to mark words) where highlight() tokenises it once; on
 * the long entries a recent-first search tends to show, that second pass was a fifth of a search's time. The
 * marks still come from FTS5 itself, so what is highlighted is exactly what matched (diacritics, prefixes,
 * phrases); only the choice of the stretch to show is made here.
 */
export const MARK_START = '\u0002'
export const MARK_END = '\u0003'

/** About the 16 words FTS5's snippet() was asked for. */
export const SNIPPET_CHARS = 110
/** Text shown before the first matched word of the stretch, so it reads in context. */
const LEAD_CHARS = 30
const ELLIPSIS = '…'

interface Marked {
  text: string
  /** The matched stretches of `text`, in order: [start, end). */
  matches: [number, number][]
}

/** highlight() output -> the plain text and where its matches are. */
export function parseMarks(highlighted: string): Marked {
  let text = ''
  const matches: [number, number][] = []
  let from = 0
  for (;;) {
    const start = highlighted.indexOf(MARK_START, from)
    const end = start === -1 ? -1 : highlighted.indexOf(MARK_END, start)
    if (end === -1) break
    text += highlighted.slice(from, start)
    const matched = highlighted.slice(start + 1, end)
    matches.push([text.length, text.length + matched.length])
    text += matched
    from = end + 1
  }
  return { text: text + highlighted.slice(from), matches }
}

interface Stretch {
  /** Index in `matches` of the stretch's first match. */
  first: number
  /** Different words matched in the stretch, then matches in all: what makes a stretch worth showing. */
  distinct: number
  count: number
}

const fold = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()

/** The stretch that fits a snippet with the most different matched words, then the most matches, earliest. */
function bestStretch({ text, matches }: Marked): Stretch | null {
  const words = matches.map(([start, end]) => fold(text.slice(start, end)))
  const inStretch = new Map<string, number>()
  let best: Stretch | null = null
  let next = 0
  for (let first = 0; first < matches.length; first += 1) {
    while (next < matches.length && matches[next]![1] - matches[first]![0] <= SNIPPET_CHARS - LEAD_CHARS) {
      inStretch.set(words[next]!, (inStretch.get(words[next]!) ?? 0) + 1)
      next += 1
    }
    const stretch = { first, distinct: inStretch.size, count: next - first }
    if (!best || compare(stretch, best) > 0) best = stretch
    const left = inStretch.get(words[first]!)! - 1
    if (left === 0) inStretch.delete(words[first]!)
    else inStretch.set(words[first]!, left)
  }
  return best
}

/** > 0 when `a` is worth more than `b`; no stretch (no match in that column) is worth least. */
function compare(a: Stretch | null, b: Stretch | null): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0)
  return a.distinct - b.distinct || a.count - b.count
}

/**
 * The snippet of one hit, from the highlighted text of each indexed column (null when empty). The column with
 * the best stretch wins; on a tie, not `titleColumn`, which the hit already shows as its title; then the first.
 */
export function snippetOf(columns: readonly (string | null)[], titleColumn: number | null): SnippetPart[] {
  let chosen: { marked: Marked; stretch: Stretch | null; isTitle: boolean } | null = null
  for (const [index, column] of columns.entries()) {
    if (!column) continue
    const marked = parseMarks(plainMarkdown(column))
    const candidate = { marked, stretch: bestStretch(marked), isTitle: index === titleColumn }
    const order = chosen ? compare(candidate.stretch, chosen.stretch) : 1
    if (order > 0 || (order === 0 && chosen?.isTitle)) chosen = candidate
  }
  if (!chosen) return []
  const { marked, stretch } = chosen
  return cut(marked, stretch ? marked.matches[stretch.first]![0] : 0)
}

const isSpace = (character: string | undefined) => character !== undefined && /\s/u.test(character)

/** About SNIPPET_CHARS of `text` from a little before `anchor`, cut between words, never inside a match. */
function cut({ text, matches }: Marked, anchor: number): SnippetPart[] {
  let start = 0
  let end = text.length
  if (text.length > SNIPPET_CHARS) {
    if (anchor > LEAD_CHARS) {
      start = anchor - LEAD_CHARS
      while (start < anchor && !isSpace(text[start - 1])) start += 1
    }
    end = Math.min(text.length, start + SNIPPET_CHARS)
    const inside = matches.find(([from, to]) => from < end && to > end)
    if (inside) end = inside[1]
    // Matches are in order: the last one that ends by `end` is the one the cut must not go back past.
    const lastMatchEnd = matches.findLast(([, to]) => to <= end)?.[1] ?? anchor
    let wordEnd = end
    while (wordEnd > lastMatchEnd && wordEnd < text.length && !isSpace(text[wordEnd])) wordEnd -= 1
    if (wordEnd > lastMatchEnd || wordEnd === text.length) end = wordEnd
  }
  const parts: SnippetPart[] = []
  const push = (piece: string, match: boolean) => {
    if (!piece) return
    const previous = parts.at(-1)
    if (previous && !previous.match && !match) previous.text += piece
    else parts.push({ text: piece, match })
  }
  push(start > 0 ? ELLIPSIS : '', false)
  let at = start
  for (const [from, to] of matches) {
    if (to <= start || from >= end) continue
    push(text.slice(at, from), false)
    push(text.slice(from, to), true)
    at = to
  }
  push(text.slice(at, end).trimEnd(), false)
  push(end < text.length ? ELLIPSIS : '', false)
  return parts
}
