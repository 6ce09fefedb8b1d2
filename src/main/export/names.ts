import { isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * File names that every OS, Obsidian and a static-site generator accept, made from names and titles a user typed.
 * Rules (docs/RELIABILITY.md X6): NFC; no control or format characters (U+202E would
 * reverse the name on screen, U+200B hides); none of / \ : * ? " < > | (Windows), nor [ ] # ^ (Obsidian links);
 * no leading dots (hidden files, `..`), no trailing dots or spaces (Windows drops them); no Windows reserved
 * device names; at most MAX_NAME_BYTES of UTF-8 so the whole name stays under 255 bytes.
 */
export const MAX_NAME_BYTES = 200

const unsafeCharacters = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu
const reservedPunctuation = /[/\\:*?"<>|[\]#^]/g
// CON, PRN, AUX, NUL, COM0-9, LPT0-9 and the superscript digits Windows also treats as ports; with any extension.
const windowsReserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu

/** A cleaned name segment, or null when nothing usable is left (the caller falls back to date + id). */
export function safeSegment(text: string, maxBytes = MAX_NAME_BYTES): string | null {
  let name = text
    .normalize('NFC')
    .replace(unsafeCharacters, (character) => (/\s/u.test(character) ? ' ' : ''))
    // "1:1" and "9:30" stay readable as "1-1" and "9-30" (Windows forbids the colon).
    .replace(/(?<=\p{N}):(?=\p{N})/gu, '-')
    .replace(reservedPunctuation, ' ')
    .replace(/\s+/gu, ' ')
  name = truncateBytes(name, maxBytes)
    .replace(/^[\s.]+/u, '')
    .replace(/[\s.]+$/u, '')
  if (name === '' || windowsReserved.test(name)) return null
  return name
}

function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text
  let bytes = 0
  let out = ''
  for (const character of text) {
    bytes += Buffer.byteLength(character)
    if (bytes > maxBytes) break
    out += character
  }
  return out
}

/** The person's part of a file's name. A person's files come one after another: the last name is kept. */
let lastMember = { name: '', segment: safeSegment('', 60) }
function memberSegment(name: string | null): string | null {
  if (name === null) return null
  if (lastMember.name !== name) lastMember = { name, segment: safeSegment(name, 60) }
  return lastMember.segment
}

/** `YYYY-MM-DD <member> - <title>.md`, or `YYYY-MM-DD <id>.md` when the title leaves nothing usable. */
export function reflectionFileBase(row: {
  id: string
  date: string
  memberName: string | null
  title: string
}): string {
  const member = memberSegment(row.memberName)
  const title = safeSegment(row.title, 120)
  if (title === null) return `${row.date} ${row.id}`
  return member === null ? `${row.date} ${title}` : `${row.date} ${member} - ${title}`
}

/**
 * Hands out relative paths inside one export, resolving clashes (two reflections with the same day and title, or
 * names that differ only by case, which macOS and Windows treat as one file) with " (2)", " (3)" ... in the order
 * rows come, so the same journal always gets the same names.
 */
export class PathAllocator {
  /** Each path taken, as its fingerprint: a whole journal's paths would be most of an export's memory. */
  private readonly used = new FingerprintSet()

  take(folder: string, base: string, extension = '.md'): string {
    for (let n = 1; ; n += 1) {
      const candidate = `${folder}/${n === 1 ? base : `${base} (${n})`}${extension}`
      if (this.used.add(candidate.normalize('NFC').toLowerCase())) return candidate
    }
  }
}

/**
 * Texts as 64-bit fingerprints (two independent 32-bit hashes) in one typed array outside V8's heap, half of
 * its slots free at most. As 4-character strings in a Set they were the part of an export's heap that grew with
 * the journal (1.8 MB at 50,000 files); peak memory at 50,000 fell 106.1 -> 103.7 MB (medians of 5). Two
 * different paths of one export share a fingerprint with a chance of about n²/2⁶⁵ (1 in 10¹⁰ for 50,000
 * files); the only effect would be a " (2)" on a name that did not need it.
 */
export class FingerprintSet {
  /** Pairs of halves, linear probing; a pair whose first half is 0 is a free slot (no first half is 0). */
  private slots = new Int32Array(2 * 4096)
  private count = 0

  /** Adds `text`'s fingerprint: false if it was there already. */
  add(text: string): boolean {
    if (4 * (this.count + 1) > this.slots.length) this.grow()
    const { a, b } = fingerprint(text)
    const mask = this.slots.length / 2 - 1
    for (let slot = b & mask; ; slot = (slot + 1) & mask) {
      const first = this.slots[2 * slot]
      if (first === 0) {
        this.slots[2 * slot] = a
        this.slots[2 * slot + 1] = b
        this.count += 1
        return true
      }
      if (first === a && this.slots[2 * slot + 1] === b) return false
    }
  }

  private grow(): void {
    const old = this.slots
    this.slots = new Int32Array(2 * old.length)
    const mask = this.slots.length / 2 - 1
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue
      let slot = old[i + 1]! & mask
      while (this.slots[2 * slot] !== 0) slot = (slot + 1) & mask
      this.slots[2 * slot] = old[i]!
      this.slots[2 * slot + 1] = old[i + 1]!
    }
  }
}

function fingerprint(text: string): { a: number; b: number } {
  let a = 0x811c9dc5
  let b = 0x9e3779b9
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    a = Math.imul(a ^ code, 0x01000193)
    b = Math.imul(b ^ code, 0x85ebca77)
    b = (b << 13) | (b >>> 19)
  }
  a ^= a >>> 16
  b = Math.imul(b ^ (b >>> 15), 0xc2b2ae3d)
  b ^= b >>> 16
  return { a: a | 0 || 1, b: b | 0 }
}

/** The absolute path of `relativePath` under `root`, or null if it would land outside it. */
export function resolveInside(root: string, relativePath: string): string | null {
  if (isAbsolute(relativePath)) return null
  const target = resolve(root, relativePath)
  const back = relative(root, target)
  if (back === '' || back.startsWith(`..${sep}`) || back === '..' || isAbsolute(back)) return null
  return target
}

/**
 * resolveInside for the many files of a few folders: each folder is resolved once, then a file's name that is
 * one plain segment is appended (what resolve would give); any other name goes through resolveInside.
 * With posix.relative for each person's link to it (see indexEntry), resolving every file's whole path took
 * about 55 ms of a 10,000-file export's main thread; now 5.
 */
export function folderResolver(root: string): (folder: string, name: string) => string | null {
  const folders = new Map<string, string | null>()
  return (folder, name) => {
    let resolved = folders.get(folder)
    if (resolved === undefined) folders.set(folder, (resolved = resolveInside(root, folder)))
    const plain = name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes(sep)
    return resolved !== null && plain ? `${resolved}${sep}${name}` : resolveInside(root, `${folder}/${name}`)
  }
}

/** `<member> - <title>.md` for a delegation's note, or `Delegation <id>.md` when the title leaves nothing usable. */
export function delegationFileBase(
  memberName: string | null,
  delegation: { id: string; title: string }
): string {
  const member = memberSegment(memberName)
  const title = safeSegment(delegation.title, 120)
  if (title === null) return `Delegation ${delegation.id}`
  return member === null ? title : `${member} - ${title}`
}
