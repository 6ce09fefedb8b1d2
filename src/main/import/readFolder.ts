import { closeSync, constants, fstatSync, openSync, readSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { chosenFolder } from '../export/exportJournal'

/** A note is read whole or not at all: larger files are listed as skipped (the journal's limit is 5 M characters). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024
/** One import reads at most this many files and bytes; the rest are listed as not read. */
export const MAX_FILES = 100_000
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024
const MAX_DEPTH = 32
const NOTE_EXTENSION = /\.(md|markdown)$/iu

export interface SourceFile {
  /** Relative to the chosen folder, with `/` between folders. */
  path: string
  text: string
  /** The file's last change, for notes that carry no date at all. */
  modified: Date
}

export interface SourceProblem {
  path: string
  reason: string
}

export interface FolderContents {
  root: string
  files: SourceFile[]
  problems: SourceProblem[]
}

/**
 * Reads every markdown file under the chosen folder. The folder itself may be a link (e.g. ~/Documents);
 * nothing below it is followed. A file is opened without following links, checked to be a regular file, and
 * read whole up to the limit, then decoded as strict UTF-8: whatever cannot be read whole becomes a problem
 * with a reason, never a half-read note.
 */
export function readFolder(folder: string): FolderContents {
  const root = chosenFolder(folder)
  const contents: FolderContents = { root, files: [], problems: [] }
  let bytes = 0
  const walk = (dir: string, relative: string, depth: number) => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
    } catch (error) {
      contents.problems.push({ path: relative || '.', reason: readFailure(error) })
      return
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name
      const problem = (reason: string) => contents.problems.push({ path, reason })
      if (contents.files.length >= MAX_FILES || bytes >= MAX_TOTAL_BYTES) {
        problem(`Not read: one import reads at most ${MAX_FILES.toLocaleString('en')} files and 1 GB.`)
        return
      }
      if (entry.isSymbolicLink()) problem('A link: Leap does not follow links.')
      else if (entry.name.startsWith('.')) problem('Hidden, so not read.')
      else if (entry.isDirectory()) {
        if (depth >= MAX_DEPTH) problem(`Not read: folders nested deeper than ${MAX_DEPTH} levels.`)
        else walk(join(dir, entry.name), path, depth + 1)
      } else if (!entry.isFile()) problem('Not a regular file.')
      else if (!NOTE_EXTENSION.test(entry.name)) problem('Not a markdown (.md) file.')
      else {
        const read = readNote(join(dir, entry.name))
        if ('reason' in read) problem(read.reason)
        else {
          bytes += read.bytes
          contents.files.push({ path, text: read.text, modified: read.modified })
        }
      }
    }
  }
  walk(root, '', 0)
  return contents
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

function readNote(path: string): { text: string; bytes: number; modified: Date } | { reason: string } {
  let fd: number
  try {
    // O_NOFOLLOW: a link swapped in since the folder was listed is refused, not followed; O_NONBLOCK: a FIFO
    // swapped in does not hang the import.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    return { reason: readFailure(error) }
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return { reason: 'Not a regular file.' }
    if (stat.size > MAX_FILE_BYTES) return { reason: tooLarge(stat.size) }
    const buffer = Buffer.alloc(stat.size + 1)
    let length = 0
    for (let read = 1; read > 0 && length < buffer.length; length += read) {
      read = readSync(fd, buffer, length, buffer.length - length, null)
    }
    if (length > stat.size) return { reason: 'It changed while Leap read it. Import again once it is saved.' }
    const bytes = buffer.subarray(0, length)
    if (bytes.includes(0)) return { reason: 'A binary file, not text (it holds NUL bytes).' }
    let text: string
    try {
      text = utf8.decode(bytes)
    } catch {
      return { reason: 'Not UTF-8 text. Save it as UTF-8 in your editor and import again.' }
    }
    // A file saved with Windows line endings reads as the same note.
    if (/^[^\n]*\r\n/u.test(text)) text = text.replace(/\r\n/gu, '\n')
    return { text, bytes: length, modified: stat.mtime }
  } catch (error) {
    return { reason: readFailure(error) }
  } finally {
    closeSync(fd)
  }
}

const tooLarge = (size: number) =>
  `Too large to import (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB a file).`

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ELOOP') return 'A link: Leap does not follow links.'
  if (code === 'EACCES' || code === 'EPERM') return 'Leap may not read it (permission denied).'
  if (code === 'ENOENT') return 'It was removed while Leap was reading the folder.'
  if (code === 'EISDIR') return 'A folder, not a file.'
  return `Leap could not read it (${code ?? (error as Error).message}).`
}
