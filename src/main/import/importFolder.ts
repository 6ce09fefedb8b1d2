import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import type { ImportCounts, ImportDecision, ImportEntry, ImportPerson } from '../../shared/domain/import'
import type { Db } from '../db/open'
import { parseFile, type ParsedEntity } from './parseNote'
import { planImport, type ImportPlan } from './plan'
import { readFolder, type SourceProblem } from './readFolder'

/** What was read for an import, kept between the preview and the apply (the files are not read twice). */
export interface ImportRead {
  source: 'markdown' | 'csv'
  location: string
  entities: ParsedEntity[]
  problems: SourceProblem[]
}

/** Every note in a folder, parsed; what cannot be read or parsed is a problem with its reason. */
export function readMarkdown(folder: string): ImportRead {
  const contents = readFolder(folder)
  const problems = [...contents.problems]
  const entities: ParsedEntity[] = []
  const idOf = foreignIds(basename(contents.root))
  for (const file of contents.files) {
    const parsed = parseFile(file, idOf)
    if ('reason' in parsed) problems.push({ path: file.path, reason: parsed.reason })
    else entities.push(...parsed.entities)
  }
  return { source: 'markdown', location: contents.root, entities, problems }
}

/**
 * Another tool's note has no id, so it gets one from where it is (the chosen folder's name and its path in it):
 * importing the same folder again updates those reflections instead of adding them twice. A UUID of version 8
 * (made by the application, RFC 9562), so it is never taken for a random one.
 */
export function foreignIds(folderName: string) {
  return (path: string): string => {
    const hash = createHash('sha256')
      .update(`leap-import\n${folderName}/${path}`.normalize('NFC'))
      .digest('hex')
    const variant = ((parseInt(hash[16]!, 16) & 0x3) | 0x8).toString(16)
    return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-8${hash.slice(13, 16)}-${variant}${hash.slice(17, 20)}-${hash.slice(20, 32)}`
  }
}

export interface ImportOutcome {
  entries: ImportEntry[]
  people: ImportPerson[]
  counts: ImportCounts
}

export function countsOf(entries: readonly ImportEntry[]): ImportCounts {
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, skip: 0 }
  for (const entry of entries) counts[entry.outcome] += 1
  return counts
}

function outcomeOf(plan: ImportPlan): ImportOutcome {
  return { entries: plan.entries, people: plan.people, counts: countsOf(plan.entries) }
}

/** What an import would do now, written nowhere. */
export function previewImport(
  db: Db,
  read: ImportRead,
  decisions: readonly ImportDecision[] = []
): ImportOutcome {
  return outcomeOf(planImport(db, read.entities, read.problems, decisions))
}

/**
 * The import, in one transaction: planned again against the journal as it is at this moment (it may have
 * changed since the preview), then every write or none. The caller takes the backup first.
 */
export function applyImport(
  db: Db,
  read: ImportRead,
  decisions: readonly ImportDecision[] = []
): ImportOutcome {
  return db
    .transaction(() => {
      const plan = planImport(db, read.entities, read.problems, decisions)
      for (const write of plan.writes) write(db)
      return outcomeOf(plan)
    })
    .immediate()
}
