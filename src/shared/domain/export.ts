import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { Id, LocalDate } from './common'
import { MAX_TAGS, TagName } from './reflections'

/** What to export: one reflection, one person's, a date range (optionally one person and tags), or everything. */
export const ExportScope = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('reflection'), id: Id }),
    z.strictObject({ kind: z.literal('member'), memberId: Id }),
    z
      .strictObject({
        kind: z.literal('range'),
        from: LocalDate.optional(),
        to: LocalDate.optional(),
        memberId: Id.optional(),
        tags: z.array(TagName).max(MAX_TAGS).optional()
      })
      .refine((range) => !range.from || !range.to || range.from <= range.to, {
        message: 'The start date must not be after the end date.',
        path: ['to']
      }),
    z.strictObject({ kind: z.literal('all') })
  ],
  { message: 'Choose what to export: a reflection, a person, a date range or everything.' }
)
export type ExportScope = z.infer<typeof ExportScope>

export const EXPORT_LAYOUTS = ['per_reflection', 'per_member'] as const
export const EXPORT_CONFLICTS = ['keep_both', 'skip', 'overwrite'] as const

export const ExportSettings = z.strictObject({
  /** One file per reflection in Reflections/YYYY/ with an index per person, or one file per person. */
  layout: z.enum(EXPORT_LAYOUTS, { message: 'Choose one file per reflection or one file per person.' }),
  obsidianLinks: z.boolean(),
  /** When a file that Leap did not write has the same name: add " (2)", leave it and skip, or replace it. */
  onConflict: z.enum(EXPORT_CONFLICTS, { message: 'Choose keep both, skip or overwrite.' }),
  /** Stamp each file with the export time; off, the same journal always gives the same bytes. */
  includeExportedAt: z.boolean(),
  /** Files readable by you only (0600) or by everyone on this computer (0644). */
  privateFiles: z.boolean(),
  /** The leader's private predictions at hand-off; off (and absent from older settings) they stay in Leap. */
  includePredictions: z.boolean().default(false)
})
export type ExportSettings = z.infer<typeof ExportSettings>

export const ExportStart = z.strictObject({ scope: ExportScope, settings: ExportSettings })
export type ExportStart = z.infer<typeof ExportStart>

export const ExportJobRef = z.strictObject({ jobId: Id })

export const ExportSkip = z.strictObject({ path: z.string(), reason: z.string() })

export const ExportSummary = z.strictObject({
  folder: z.string(),
  total: z.number().int(),
  written: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.array(ExportSkip)
})
export type ExportSummary = z.infer<typeof ExportSummary>

export const ExportStatus = z.strictObject({
  jobId: Id,
  /** choosing: the folder dialog is open; running; done; cancelled (by the user or no folder chosen); failed. */
  state: z.enum(['choosing', 'running', 'done', 'cancelled', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  summary: ExportSummary.nullable(),
  error: z.string().nullable()
})
export type ExportStatus = z.infer<typeof ExportStatus>

/** An export reads the journal on its own connection and writes files; the jobs are what changes here. */
export const exportChannels = {
  'export.start': { input: ExportStart, output: ExportStatus, writes: ['exports'] },
  'export.status': { input: ExportJobRef, output: ExportStatus, reads: ['exports'] },
  'export.cancel': { input: ExportJobRef, output: ExportStatus, writes: ['exports'] },
  'export.openFolder': {
    input: ExportJobRef,
    output: z.strictObject({ folder: z.string() }),
    writes: []
  }
} as const satisfies Slice<'export'>
