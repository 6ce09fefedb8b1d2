import { createHash } from 'node:crypto'

/**
 * How a name in a note finds a person in the journal: case, accents and spacing ignored ("zoe orsted" finds
 * "Zoë Ørsted"), as the search does.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/giu, 'o')
    .replace(/æ/giu, 'ae')
    .replace(/ß/gu, 'ss')
    .replace(/đ/giu, 'd')
    .replace(/ł/giu, 'l')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
}

const UNSENDABLE =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const KEPT_CHARACTERS = 200

/**
 * The key a missing person goes by in a preview and comes back by in import.apply's decisions. An input may
 * carry no control character or half surrogate (shared/domain/text.ts) and a key no more than 1,000
 * characters, yet these are the very names Leap cannot create and asks the user to map: such characters are
 * written as escapes, and a long name keeps its start and a digest of the rest.
 */
export function missingPersonKey(name: string): string {
  const key = nameKey(name).replace(UNSENDABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  const characters = Array.from(key)
  if (characters.length <= KEPT_CHARACTERS) return `name:${key}`
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 16)
  return `name:${characters.slice(0, KEPT_CHARACTERS).join('')}… ${digest}`
}

/** The name inside an Obsidian link (`[[People/Ana|Ana L]]` -> `Ana`), or the text itself. */
export function linkTarget(text: string): string {
  const link = /^\s*\[\[([^\]|#]+)(?:[#|][^\]]*)?\]\]\s*$/u.exec(text)
  if (!link) return text.trim()
  const target = link[1]!.trim()
  return target.slice(target.lastIndexOf('/') + 1)
}

/** Every Obsidian link's target in a text, in order. */
export function linkTargets(text: string): string[] {
  return [...text.matchAll(/\[\[([^\]|#\n]+)(?:[#|][^\]\n]*)?\]\]/gu)].map((match) => {
    const target = match[1]!.trim()
    return target.slice(target.lastIndexOf('/') + 1)
  })
}
