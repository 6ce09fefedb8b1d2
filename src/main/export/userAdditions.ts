import { dump, load } from 'js-yaml'
import { END_MARKER, NoteFormatError, parseNote, readFrontMatter } from './noteFormat'

/**
 * What a person added to a note Leap wrote earlier: their own properties (front matter keys Leap does not
 * write) and the text below the end marker. A re-export carries both into the new file, so refreshing an
 * export never wipes what Obsidian users keep there. Their properties keep their own YAML text where it can be
 * cut out whole (comments, styles), otherwise their values are written again by js-yaml.
 */
export interface UserAdditions {
  yaml: string
  tail: string | null
}

/** The additions in an earlier file, or null if its properties cannot be read (then it is not replaced). */
export function userAdditions(existing: string, leapKeys: ReadonlySet<string>): UserAdditions | null {
  let note
  try {
    note = parseNote(existing)
    readFrontMatter(note.yaml)
  } catch (error) {
    if (error instanceof NoteFormatError) return null
    throw error
  }
  return { yaml: userYaml(note.yaml ?? '', leapKeys), tail: note.tail }
}

/** A fresh note with the additions put back: properties before the closing ---, text after the end marker. */
export function withUserAdditions(fresh: string, additions: UserAdditions): string {
  let out = fresh
  if (additions.yaml !== '') {
    const close = out.indexOf('\n---\n', 3)
    out = `${out.slice(0, close + 1)}${additions.yaml}${out.slice(close + 1)}`
  }
  if (additions.tail !== null && additions.tail !== '') {
    const end = out.lastIndexOf(`${END_MARKER}\n`)
    out = `${out.slice(0, end)}${END_MARKER}\n${additions.tail}`
  }
  return out
}

/** The YAML text of the top-level keys that are not Leap's, each ending with a newline. */
function userYaml(yaml: string, leapKeys: ReadonlySet<string>): string {
  const chunks = topLevelChunks(yaml)
  const keyed = chunks.map((chunk) => ({ chunk, key: singleKey(chunk) }))
  if (keyed.every((entry) => entry.key !== null)) {
    return keyed
      .filter((entry) => !leapKeys.has(entry.key!))
      .map((entry) => (entry.chunk.endsWith('\n') ? entry.chunk : `${entry.chunk}\n`))
      .join('')
  }
  // Not cut into whole entries (a flow list across lines, say): write the values again.
  const data = readFrontMatter(yaml)
  const own = Object.fromEntries(Object.entries(data).filter(([key]) => !leapKeys.has(key)))
  return Object.keys(own).length === 0 ? '' : dump(own, { lineWidth: -1, noRefs: true })
}

/** Splits YAML at lines that start a new top-level key (not indented, not a list item or a comment). */
function topLevelChunks(yaml: string): string[] {
  const chunks: string[] = []
  let current = ''
  for (const line of yaml.split(/(?<=\n)/u)) {
    const startsKey = /^[^\s#-]/u.test(line) || /^-[^\s-]/u.test(line)
    if (startsKey && current.trim() !== '') {
      chunks.push(current)
      current = ''
    }
    current += line
  }
  if (current.trim() !== '') chunks.push(current)
  return chunks
}

function singleKey(chunk: string): string | null {
  try {
    const data = load(chunk)
    if (!data || typeof data !== 'object' || Array.isArray(data)) return null
    const keys = Object.keys(data)
    return keys.length === 1 ? keys[0]! : null
  } catch {
    return null
  }
}
