import { dump, load } from 'js-yaml'

/**
 * The shape of every note Leap writes, and how it is read back (export and import share it):
 *
 *   ---                                  front matter: the row's fields, written by js-yaml
 *   ---
 *   <main text>                          a reflection's body, a person's notes, a delegation's responsibility
 *   <!-- leap:<key> {json}? -->          a section Leap wrote (action items, strengths, a check-in ...),
 *   <section>                            with the data a reader does not need in the marker's JSON
 *   <!-- leap:end ... -->                below this line the text is the user's: a re-export keeps it
 *
 * Markers are HTML comments: Obsidian, static-site generators and markdown previews hide them. Text the user
 * wrote that has a line starting like a marker gets one more backslash inside the comment (invisible too), so
 * splitting at markers is exact whatever a body holds, and reading strips that backslash again.
 */
export const END_MARKER =
  '<!-- leap:end Write below this line: Leap keeps what is here when it exports again. -->'
const MARKER = /^<!-- leap:([a-z][a-z-]*)(?: (.*))? -->$/
const MARKER_LIKE = /^<!-- (\\*)leap:/gmu
const ESCAPED_MARKER = /^<!-- \\(\\*)leap:/gmu

/**
 * js-yaml, not the `yaml` package: both quote correctly, but `yaml` took about 45 microseconds a file against
 * 13 here, alone half a second of a 10,000-reflection export (see ARCHITECTURE.md, Export).
 * `forceQuotes` double-quotes every string: YAML 1.1 readers (gray-matter's js-yaml 3, Obsidian's older parsers)
 * read a plain `1:1` as the number 61, `yes` as true and `2024-01-01` as a date; quoted, they all read back the
 * same string. No line folding, no anchors for repeated values.
 */
const YAML_OPTIONS = { forceQuotes: true, quotingType: '"', lineWidth: -1, noRefs: true } as const

/** YAML front matter from a library, never a template (a name "Alice\n---\nsecret: x" broke a template). */
export function frontMatter(fields: Record<string, unknown>): string {
  return `---\n${plainFrontMatter(fields) ?? dump(fields, YAML_OPTIONS)}---\n`
}

/**
 * Almost every note's fields are plain: strings of printable characters, whole numbers, booleans, nulls and lists
 * of them. For those, js-yaml's double-quoted style escapes exactly what JSON escapes (`"` and `\`), so the text
 * is written here without js-yaml's analysis of each value (a sixth of a whole export's CPU); anything else
 * returns null and goes to js-yaml. noteFormat.test.ts holds both to the same bytes.
 */
function plainFrontMatter(fields: Record<string, unknown>): string | null {
  let out = ''
  // for...in, not Object.entries: no pair array for each of a note's dozen fields (22 -> 5 ms per 10,000 notes).
  for (const key in fields) {
    const value = fields[key]
    const name = keyText(key)
    if (name === null) return null
    if (!Array.isArray(value)) {
      const text = plainScalar(value)
      if (text === null) return null
      out += `${name}: ${text}\n`
    } else if (value.length === 0) out += `${name}: []\n`
    else {
      out += `${name}:\n`
      for (const item of value) {
        const text = plainScalar(item)
        if (text === null) return null
        out += `  - ${text}\n`
      }
    }
  }
  // No fields at all: js-yaml writes `{}`.
  return out === '' ? null : out
}

/** What js-yaml writes unescaped in a double-quoted string (its `isPrintable`, less the characters it names). */
const PRINTABLE = /^[\x20-\x7e\xa1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u

function plainScalar(value: unknown): string | null {
  if (value === null || typeof value === 'boolean') return String(value)
  if (typeof value === 'string') return PRINTABLE.test(value) ? JSON.stringify(value) : null
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : null
  return null
}

/** Keys are Leap's own few: each is written once by js-yaml itself and remembered. */
const keyTexts = new Map<string, string | null>()
function keyText(key: string): string | null {
  let text = keyTexts.get(key)
  if (text === undefined) {
    const line = dump({ [key]: null }, YAML_OPTIONS)
    text = line.endsWith(': null\n') && !line.slice(0, -7).includes('\n') ? line.slice(0, -7) : null
    if (keyTexts.size < 100) keyTexts.set(key, text)
  }
  return text
}

/**
 * User text placed in a note: a line that looks like one of Leap's markers is told apart (see above). Almost no
 * text holds one: a plain search first spares the line-by-line expression (a tenth of a second per 50,000).
 */
export const escapeText = (text: string) =>
  mentionsLeap(text) ? text.replace(MARKER_LIKE, '<!-- \\$1leap:') : text

/**
 * Whether `text` holds "leap:", found from its colons: prose has few colons and many l's, at each of which
 * includes('leap:') stops (28 -> 4 ms over the 10,000 bodies of a journal, 42 million characters).
 */
function mentionsLeap(text: string): boolean {
  for (let colon = text.indexOf(':', 4); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if (text.startsWith('leap', colon - 4)) return true
  }
  return false
}
export const unescapeText = (text: string) => text.replace(ESCAPED_MARKER, '<!-- $1leap:')

export interface SectionOut {
  key: string
  /** Data a reader does not need to see (ids, times, codes), kept exactly in the marker. */
  data?: Record<string, unknown>
  /** The section as markdown, ending with a newline; user text in it already escaped. */
  content: string
}

/** A note: front matter, main text (trimmed at the end, as the editor shows it), sections, the end marker. */
export function renderNote(fields: Record<string, unknown>, main: string, sections: SectionOut[]): string {
  const body = escapeText(main.trimEnd())
  let out = frontMatter(fields) + (body === '' ? '' : `\n${body}\n`)
  // A blank line after each marker too: markdownlint wants one above a heading, and the marker is a line.
  for (const section of sections) out += `\n${markerLine(section)}\n\n${section.content}`
  return `${out}\n${END_MARKER}\n`
}

function markerLine({ key, data }: SectionOut): string {
  // JSON with < > & as \u escapes can never close the comment early ("-->"), nor start markup.
  const json = data
    ? ` ${JSON.stringify(data).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)}`
    : ''
  return `<!-- leap:${key}${json} -->`
}

/** A titled block of user text inside a note ("## Strengths" and the text), or nothing when there is none. */
export function textSection(key: string, heading: string, text: string | null): SectionOut[] {
  const trimmed = text?.trimEnd() ?? ''
  return trimmed === '' ? [] : [{ key, content: `${heading}\n\n${escapeText(trimmed)}\n` }]
}

/**
 * A short text with a bold label on its first line ("**Note:** ..."), for parts under a heading of Leap's:
 * a heading of its own could jump levels after the user's own headings in the text above it.
 */
export function labelledSection(key: string, label: string, text: string | null): SectionOut[] {
  const trimmed = text?.trimEnd() ?? ''
  return trimmed === '' ? [] : [{ key, content: `**${label}:** ${escapeText(trimmed)}\n` }]
}

/** The text of a labelled section, without its label. */
export function labelledText(content: string): string {
  const start = content.indexOf(':** ')
  return unescapeText(content.slice(start < 0 ? 0 : start + 4).trimEnd())
}

export interface SectionIn {
  key: string
  data: Record<string, unknown> | null
  /** The section's text as written (escaped user text included), without the newline that ends it. */
  content: string
}

export interface ParsedNote {
  /** The front matter's YAML text, null when the file has none. */
  yaml: string | null
  main: string
  sections: SectionIn[]
  /** What the user wrote below the end marker; null when the file has no end marker. */
  tail: string | null
}

export class NoteFormatError extends Error {}

/**
 * Splits a note into its parts. Exact for what renderNote wrote; lenient about blank lines a person (or
 * another editor) added or removed. Throws NoteFormatError when front matter is opened but never closed.
 */
export function parseNote(text: string): ParsedNote {
  let rest = text
  let yaml: string | null = null
  if (/^---\r?\n/.test(text)) {
    const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/mu
    const afterOpen = text.indexOf('\n') + 1
    const match = close.exec(text.slice(afterOpen))
    if (!match)
      throw new NoteFormatError('Its properties (the front matter at the top) are never closed with ---.')
    yaml = text.slice(afterOpen, afterOpen + match.index)
    rest = text.slice(afterOpen + match.index + match[0].length)
  }
  const lines = rest.split('\n')
  const sections: SectionIn[] = []
  let current: { key: string; data: Record<string, unknown> | null; lines: string[] } | null = null
  const mainLines: string[] = []
  let tail: string | null = null
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!
    const marker = MARKER.exec(line.endsWith('\r') ? line.slice(0, -1) : line)
    if (!marker) {
      ;(current?.lines ?? mainLines).push(line)
      continue
    }
    if (current) sections.push(closeSection(current))
    if (marker[1] === 'end') {
      tail = lines.slice(i + 1).join('\n')
      current = null
      break
    }
    current = { key: marker[1]!, data: markerData(marker[2]), lines: [] }
  }
  if (current) sections.push(closeSection(current))
  return { yaml, main: mainText(mainLines.join('\n')), sections, tail }
}

function closeSection(section: {
  key: string
  data: Record<string, unknown> | null
  lines: string[]
}): SectionIn {
  // renderNote puts a blank line after a marker and before the next one: neither is part of the section.
  const content = section.lines
    .join('\n')
    .replace(/^\r?\n/u, '')
    .replace(/\n$/u, '')
  return { key: section.key, data: section.data, content }
}

function markerData(json: string | undefined): Record<string, unknown> | null {
  if (!json) return null
  try {
    const data: unknown = JSON.parse(json)
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** The main text as renderNote wrote it: one newline before, trailing space and newlines after. */
const mainText = (text: string) => unescapeText(text.replace(/^\r?\n/u, '').trimEnd())

/** A section's user text after its heading line ("## Strengths"), unescaped, trimmed at the end. */
export function sectionText(content: string): string {
  const newline = content.indexOf('\n')
  const after = newline < 0 ? '' : content.slice(newline + 1)
  return unescapeText(after.replace(/^\r?\n/u, '').trimEnd())
}

/** The front matter as a plain object. Throws NoteFormatError with the YAML library's reason. */
export function readFrontMatter(yaml: string | null): Record<string, unknown> {
  if (yaml === null || yaml.trim() === '') return {}
  let data: unknown
  try {
    data = load(yaml, { json: false })
  } catch (error) {
    const reason = (error as { reason?: string; mark?: { line: number } }).reason ?? 'not valid YAML'
    const line = (error as { mark?: { line: number } }).mark?.line
    throw new NoteFormatError(
      `Its properties (the front matter at the top) are not valid YAML: ${reason}${line === undefined ? '' : ` (line ${line + 2})`}.`
    )
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new NoteFormatError(
      'Its properties (the front matter at the top) are not a list of "name: value" lines.'
    )
  }
  return data as Record<string, unknown>
}
