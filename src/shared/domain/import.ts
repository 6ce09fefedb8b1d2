import { z } from 'zod'
import { JOURNAL_TABLES, type Slice } from '../ipc/dataSets'
import { BackupEntry } from './backups'
import { Id } from './common'

/** Where notes come from: a folder of markdown (Leap's export, Obsidian, any editor) or a CSV of the team. */
export const ImportSource = z.enum(['markdown', 'csv'], { message: 'Choose markdown notes or a CSV file.' })
export type ImportSource = z.infer<typeof ImportSource>

/** The folder or file comes from the system's dialog in main, never from the renderer. */
export const ImportPreviewInput = z.strictObject({ source: ImportSource })

export const IMPORT_OUTCOMES = ['create', 'update', 'unchanged', 'skip'] as const

/** One thing the import found: a reflection, person or delegation in a file, a CSV row, or a file it cannot read. */
export const ImportEntry = z.strictObject({
  /** The file (relative to the chosen folder), or "<file>, row N" for CSV. */
  path: z.string(),
  kind: z.enum(['reflection', 'person', 'delegation', 'file']),
  outcome: z.enum(IMPORT_OUTCOMES),
  /** What the user knows it by: a title, a name, the file's name. */
  title: z.string(),
  /** Why it is skipped, or what was left out of it (a tag Leap refuses, a mood out of range). */
  reason: z.string().nullable(),
  /** The person it belongs to, as a key of `people`, so the preview can show who is affected by a choice. */
  personKey: z.string().nullable()
})
export type ImportEntry = z.infer<typeof ImportEntry>

/** A person the notes mention: found in the journal, brought by a person's note, or missing (the user decides). */
export const ImportPerson = z.strictObject({
  key: z.string(),
  name: z.string(),
  status: z.enum(['matched', 'from_note', 'missing']),
  memberId: Id.nullable(),
  /** How many entries belong to them. */
  entries: z.number().int().nonnegative()
})
export type ImportPerson = z.infer<typeof ImportPerson>

export const ImportCounts = z.strictObject({
  create: z.number().int().nonnegative(),
  update: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  skip: z.number().int().nonnegative()
})
export type ImportCounts = z.infer<typeof ImportCounts>

export const ImportPreview = z.strictObject({
  /** Names this preview for import.apply; main keeps what it read, the renderer never sends a path. */
  previewId: Id,
  source: ImportSource,
  /** The chosen folder or file, shown to the user. */
  location: z.string(),
  entries: z.array(ImportEntry),
  people: z.array(ImportPerson),
  counts: ImportCounts,
  /** The largest file Leap reads (bytes) and the most files in one import. */
  limits: z.strictObject({ maxFileBytes: z.number().int(), maxFiles: z.number().int() })
})
export type ImportPreview = z.infer<typeof ImportPreview>

export const ImportPreviewResult = z.discriminatedUnion('state', [
  /** The user closed the dialog: nothing was read. */
  z.strictObject({ state: z.literal('cancelled') }),
  z.strictObject({ state: z.literal('ready'), preview: ImportPreview })
])
export type ImportPreviewResult = z.infer<typeof ImportPreviewResult>

const PersonKey = z.string().min(1).max(1000)

/** For a missing person: create them, file their notes under someone, as general reflections, or not at all. */
export const ImportDecision = z.discriminatedUnion(
  'action',
  [
    z.strictObject({ key: PersonKey, action: z.literal('create') }),
    z.strictObject({ key: PersonKey, action: z.literal('map'), memberId: Id }),
    z.strictObject({ key: PersonKey, action: z.literal('general') }),
    z.strictObject({ key: PersonKey, action: z.literal('skip') })
  ],
  { message: 'Choose create, map, general or skip for each person.' }
)
export type ImportDecision = z.infer<typeof ImportDecision>

export const ImportApplyInput = z.strictObject({
  previewId: Id,
  /** Missing people not listed here are created. */
  people: z.array(ImportDecision).max(10_000)
})
export type ImportApplyInput = z.infer<typeof ImportApplyInput>

export const ImportResult = z.strictObject({
  counts: ImportCounts,
  entries: z.array(ImportEntry),
  /** Taken just before writing: restoring it (Backups) undoes the whole import. */
  backup: BackupEntry
})
export type ImportResult = z.infer<typeof ImportResult>

export const importChannels = {
  /** Reads the chosen files and plans the import; it changes nothing, and each call plans anew. */
  'import.preview': { input: ImportPreviewInput, output: ImportPreviewResult, writes: [] },
  /** One transaction over the journal's rows, after a backup that undoes it. */
  'import.apply': { input: ImportApplyInput, output: ImportResult, writes: [...JOURNAL_TABLES, 'backups'] }
} as const satisfies Slice<'import'>
