import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { ById, Deleted, EnteredDate, Id, LocalDate, RowMeta, Timestamp } from './common'
import { REFLECTION_KINDS } from './reflectionVocabulary'

export const ReflectionKind = z.enum(REFLECTION_KINDS, { message: 'Choose one-on-one or general.' })
export type ReflectionKind = z.infer<typeof ReflectionKind>

const scale = (what: string) =>
  z
    .number({ message: `${what} is a number from 1 to 5.` })
    .int({ message: `${what} is a whole number from 1 to 5.` })
    .min(1, { message: `${what} is a number from 1 to 5.` })
    .max(5, { message: `${what} is a number from 1 to 5.` })

export const Mood = scale('Mood')
export const Stance = scale('Stance')

export const MAX_BODY_CHARS = 5_000_000
export const MAX_TAGS = 20

/** Tags are short words or phrases: letters, digits, spaces and - _ / . & + inside. */
export const TagName = z
  .string()
  .trim()
  .min(1, { message: 'A tag cannot be empty.' })
  .max(40, { message: 'Keep tags under 40 characters.' })
  .regex(/^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M} _\-/.&+]*[\p{L}\p{N}\p{M}])?$/u, {
    message: 'Tags use letters, digits, spaces and - _ / . & + (starting and ending with a letter or digit).'
  })

const Title = z.string().trim().max(300, { message: 'Keep the title under 300 characters.' })
const Body = z
  .string()
  .max(MAX_BODY_CHARS, { message: 'This reflection is too long to save (over 5 million characters).' })
export const Tags = z.array(TagName).max(MAX_TAGS, { message: `Use at most ${MAX_TAGS} tags.` })

export const ReflectionCreate = z.strictObject({
  kind: ReflectionKind,
  memberId: Id.nullable().optional(),
  date: EnteredDate,
  /** Empty means "use the default": "1:1 with <member>, 27 Nov 2026" or "Reflection, 27 Nov 2026". */
  title: Title.optional(),
  body: Body.optional(),
  mood: Mood.nullable().optional(),
  stance: Stance.nullable().optional(),
  tags: Tags.optional()
})
export type ReflectionCreate = z.output<typeof ReflectionCreate>

/**
 * A patch from the editor. `baseUpdatedAt` is the version the editor started from: if the stored one has
 * moved on (another window saved), the journal keeps both texts instead of overwriting one.
 */
export const ReflectionUpdate = z.strictObject({
  id: Id,
  baseUpdatedAt: Timestamp,
  date: EnteredDate.optional(),
  title: Title.optional(),
  body: Body.optional(),
  mood: Mood.nullable().optional(),
  stance: Stance.nullable().optional(),
  tags: Tags.optional()
})
export type ReflectionUpdate = z.output<typeof ReflectionUpdate>

export const Reflection = z.strictObject({
  ...RowMeta,
  kind: ReflectionKind,
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
  date: LocalDate,
  title: z.string(),
  body: z.string(),
  mood: z.number().int().nullable(),
  stance: z.number().int().nullable(),
  tags: z.array(z.string()),
  deletedAt: Timestamp.nullable()
})
export type Reflection = z.infer<typeof Reflection>

export const ReflectionSaved = z.strictObject({
  reflection: Reflection,
  /** What happened besides the save, for the editor to tell the user. */
  notice: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('conflict_copy'), copyId: Id }),
      z.strictObject({ kind: z.literal('restored_from_trash') })
    ])
    .nullable()
})
export type ReflectionSaved = z.infer<typeof ReflectionSaved>

/** A journal list row: no body, a short excerpt instead. */
export const ReflectionSummary = Reflection.omit({ body: true }).extend({ excerpt: z.string() })
export type ReflectionSummary = z.infer<typeof ReflectionSummary>

export const ReflectionList = z.strictObject({
  memberId: Id.optional(),
  kind: ReflectionKind.optional(),
  tag: TagName.optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  /** Keyset paging: the last row of the previous page. */
  after: z.strictObject({ date: LocalDate, id: Id }).optional(),
  limit: z.number().int().min(1).max(200).optional()
})
export type ReflectionList = z.output<typeof ReflectionList>

export const ReflectionPage = z.strictObject({
  items: z.array(ReflectionSummary),
  next: z.strictObject({ date: LocalDate, id: Id }).nullable()
})
export type ReflectionPage = z.infer<typeof ReflectionPage>

export const TagCount = z.strictObject({ name: z.string(), count: z.number() })

/** A reflection shows its person's name and its tags; saving one may bring its action items back from the trash. */
const reflectionReads = ['reflections', 'members', 'tags', 'reflection_tags'] as const
const reflectionWrites = ['reflections', 'tags', 'reflection_tags', 'action_items'] as const

export const reflectionsChannels = {
  'reflections.create': { input: ReflectionCreate, output: ReflectionSaved, writes: reflectionWrites },
  'reflections.update': { input: ReflectionUpdate, output: ReflectionSaved, writes: reflectionWrites },
  'reflections.get': { input: ById, output: Reflection, reads: reflectionReads },
  'reflections.list': { input: ReflectionList, output: ReflectionPage, reads: reflectionReads },
  'reflections.delete': { input: ById, output: Deleted, writes: ['reflections', 'action_items'] },
  'reflections.restore': { input: ById, output: Reflection, writes: ['reflections', 'action_items'] },
  /** Every tag in use (on reflections and delegations), most used first, for type-ahead. */
  'reflections.tags': {
    input: z.strictObject({}),
    output: z.array(TagCount),
    reads: ['tags', 'reflection_tags', 'reflections', 'delegation_tags', 'delegations']
  }
} as const satisfies Slice<'reflections'>
