import { KIND_LABELS, unescapePlain } from '../export/markdown'
import { taskLines, type PersonHint } from './items'
import { NOTE_KINDS } from '../export/notes'
import {
  NoteFormatError,
  parseNote,
  readFrontMatter,
  unescapeText,
  type ParsedNote,
  type SectionIn
} from '../export/noteFormat'
import { dayOf, intOf, isId, isTimestamp, tagsOf, textOf } from './checks'
import {
  parseDelegationNote,
  parsePersonNote,
  personFields,
  type ParsedDelegation,
  type ParsedPerson
} from './parseNotes'
import { linkTarget, linkTargets } from './people'
import type { SourceFile } from './readFolder'
import type { ParsedTeamRow } from './csv'
import { talkingPointsOf, type ParsedPoint } from './talkingPoints'

/** For another tool's note without a person property: its links and its folder, tried in that order. */
export interface PersonClues {
  /** Names in `[[links]]`: the first one that is a person in the journal (or in this import) is the person. */
  links: string[]
  /** The folder the note is in, unless it is named like a date; a person even if Leap does not know them. */
  folder: string | null
}

export interface ParsedReflection {
  type: 'reflection'
  path: string
  /** Leap's id for the reflection; for other tools' notes, an id made from the file's path. */
  id: string
  /** From Leap's own export (exact fields) or another tool's note (fields guessed from properties). */
  fromLeap: boolean
  kind: 'one_on_one' | 'general' | null
  person: PersonHint | null
  clues: PersonClues | null
  date: string
  title: string
  body: string
  mood: number | null
  stance: number | null
  tags: string[]
  delegations: { id: string | null; title: string }[]
  /** Task lines of Leap's action-items section (read once the person is known); null when there is none. */
  itemLines: string[] | null
  /** Leap's list of the talking points discussed in it; null when there is none. */
  talkingPoints: ParsedPoint[] | null
  createdAt: string | null
  updatedAt: string | null
  /** What was left out, for the preview (a tag the journal refuses, a mood out of range). */
  notes: string[]
}

export type ParsedEntity = ParsedReflection | ParsedPerson | ParsedDelegation | ParsedTeamRow

export type ParseResult = { entities: ParsedEntity[] } | { reason: string }

const LEAP_REFLECTION_KINDS = new Map<string, string>(
  Object.entries(KIND_LABELS).map(([code, label]) => [label, code])
)

/** One file as the entities it holds, or the reason it cannot be imported. */
export function parseFile(file: SourceFile, foreignId: (path: string) => string): ParseResult {
  if (file.text.trim() === '') return { reason: 'The file is empty.' }
  let note: ParsedNote
  let fields: Record<string, unknown>
  try {
    note = parseNote(file.text)
    fields = readFrontMatter(note.yaml)
  } catch (error) {
    if (error instanceof NoteFormatError) return { reason: error.message }
    throw error
  }
  const kind = typeof fields.kind === 'string' ? fields.kind : null
  const leapId = isId(fields.id) ? fields.id : null
  if (kind === 'member-index') {
    return {
      reason: 'An index of links from an earlier Leap export: its reflections come from their own files.'
    }
  }
  if (kind === NOTE_KINDS.person && leapId) return parsePersonNote(file.path, fields, note)
  if (kind === NOTE_KINDS.delegation && leapId) return parseDelegationNote(file.path, fields, note)
  if (kind === NOTE_KINDS.memberFile && (leapId || fields.id === 'general'))
    return parseMemberFile(file.path, fields, note)
  if (kind !== null && LEAP_REFLECTION_KINDS.has(kind) && leapId)
    return leapReflection(file.path, fields, note)
  return foreignReflection(file, fields, note, foreignId(file.path))
}

function leapReflection(path: string, fields: Record<string, unknown>, note: ParsedNote): ParseResult {
  const date = dayOf(fields.date)
  if (!date) return { reason: 'Its date is missing or not a day like 2026-11-27.' }
  const memberName = textOf(fields.member)
  const person =
    memberName === null
      ? null
      : { id: isId(fields['member-id']) ? fields['member-id'] : null, name: linkTarget(memberName) }
  const reflection: ParsedReflection = {
    type: 'reflection',
    path,
    id: fields.id as string,
    fromLeap: true,
    kind: LEAP_REFLECTION_KINDS.get(fields.kind as string) as ParsedReflection['kind'],
    person,
    clues: null,
    date,
    title: textOf(fields.title) ?? '',
    body: note.main,
    ...ratings(fields),
    tags: [],
    delegations: delegationRefs(fields.delegations, fields['delegation-ids']),
    itemLines: taskLines(note.sections),
    talkingPoints: talkingPointsOf(note.sections),
    createdAt: isTimestamp(fields.created) ? fields.created : null,
    updatedAt: isTimestamp(fields.updated) ? fields.updated : null,
    notes: []
  }
  return withTags(reflection, fields.tags)
}

function ratings(fields: Record<string, unknown>): { mood: number | null; stance: number | null } {
  return { mood: intOf(fields.mood, 1, 5) ?? null, stance: intOf(fields.stance, 1, 5) ?? null }
}

function withTags(reflection: ParsedReflection, value: unknown): ParseResult {
  const { tags, refused } = tagsOf(value)
  reflection.tags = tags
  if (refused.length) reflection.notes.push(`Tags Leap does not accept were left out: ${refused.join(', ')}.`)
  return { entities: [reflection] }
}

function delegationRefs(titles: unknown, ids: unknown): ParsedReflection['delegations'] {
  const list = Array.isArray(titles) ? titles : []
  const idList = Array.isArray(ids) ? ids : []
  return list.map((title, i) => ({
    id: isId(idList[i]) ? (idList[i] as string) : null,
    title: linkTarget(String(title))
  }))
}

/** The one-file-per-person layout: the person, then each reflection's section and its action items. */
function parseMemberFile(path: string, fields: Record<string, unknown>, note: ParsedNote): ParseResult {
  const entities: ParsedEntity[] = []
  let hint: PersonHint | null = null
  if (fields.id !== 'general') {
    // The person's own action items come before the first reflection; later ones belong to a reflection.
    const first = note.sections.findIndex((section) => section.key === 'reflection')
    const profile = { ...note, sections: first < 0 ? note.sections : note.sections.slice(0, first) }
    const person = personFields(path, fields, profile)
    if ('reason' in person) return person
    entities.push(person)
    hint = { id: person.id, name: person.name }
  }
  let current: ParsedReflection | null = null
  for (const section of note.sections) {
    if (section.key === 'action-items' && current) current.itemLines = taskLines([section])
    if (section.key === 'talking-points' && current) current.talkingPoints = talkingPointsOf([section])
    if (section.key !== 'reflection') continue
    const parsed = memberFileReflection(path, section, hint)
    if ('reason' in parsed) return parsed
    entities.push((current = parsed))
  }
  return { entities }
}

function memberFileReflection(
  path: string,
  section: SectionIn,
  person: PersonHint | null
): ParsedReflection | { reason: string } {
  const data = section.data ?? {}
  const [, ...rest] = section.content.split('\n')
  const factsEnd = rest.indexOf('', 1)
  const factLines = rest.slice(1, factsEnd < 0 ? undefined : factsEnd)
  const facts = new Map(
    factLines
      .map((line) => /^- ([A-Za-z]+): (.*)$/u.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!])
  )
  const date = dayOf(facts.get('Date'))
  if (!isId(data.id) || !date)
    return { reason: 'A reflection in it has lost its date or id: export this person again.' }
  const reflection: ParsedReflection = {
    type: 'reflection',
    path,
    id: data.id,
    fromLeap: true,
    kind: (LEAP_REFLECTION_KINDS.get(facts.get('Kind') ?? '') as ParsedReflection['kind']) ?? null,
    person,
    clues: null,
    date,
    title: textOf(data.title) ?? '',
    body:
      factsEnd < 0
        ? ''
        : unescapeText(
            rest
              .slice(factsEnd + 1)
              .join('\n')
              .trimEnd()
          ),
    mood: intOf(facts.get('Mood'), 1, 5) ?? null,
    stance: intOf(facts.get('Stance'), 1, 5) ?? null,
    tags: [],
    delegations: (Array.isArray(data.delegationIds) ? data.delegationIds : []).map((id) => ({
      id: isId(id) ? id : null,
      title: ''
    })),
    itemLines: null,
    talkingPoints: null,
    createdAt: isTimestamp(data.created) ? data.created : null,
    updatedAt: isTimestamp(data.updated) ? data.updated : null,
    notes: []
  }
  const tags = facts.get('Tags')
  withTags(reflection, tags === undefined ? [] : tags.split(', ').map(unescapePlain))
  return reflection
}

/** Another tool's note: properties where it has them, else the file's name, folder and time. */
function foreignReflection(
  file: SourceFile,
  fields: Record<string, unknown>,
  note: ParsedNote,
  id: string
): ParseResult {
  const notes: string[] = []
  const name = file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.(md|markdown)$/iu, '')
  const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : ''
  const date =
    dayOf(fields.date) ?? dayOf(fields.day) ?? dayOf(fields.created) ?? dayOf(name) ?? localDay(file.modified)
  const body = note.main.replace(/^\n+/u, '')
  const mood = intOf(fields.mood, 1, 5)
  if (mood === undefined)
    notes.push(`Its mood "${String(fields.mood)}" is not a number from 1 to 5: left out.`)
  const stance = intOf(fields.stance, 1, 5)
  if (stance === undefined)
    notes.push(`Its stance "${String(fields.stance)}" is not a number from 1 to 5: left out.`)
  const kindField = typeof fields.kind === 'string' ? fields.kind.toLowerCase() : null
  const reflection: ParsedReflection = {
    type: 'reflection',
    path: file.path,
    id,
    fromLeap: false,
    kind: kindField === 'general' ? 'general' : null,
    ...personOf(fields, body, folder),
    date,
    title: textOf(fields.title)?.trim() || name.replace(/^\d{4}-\d{2}-\d{2}[\sT_.-]*/u, '').trim(),
    body,
    mood: mood ?? null,
    stance: stance ?? null,
    tags: [],
    delegations: [],
    itemLines: null,
    talkingPoints: null,
    createdAt: null,
    updatedAt: null,
    notes
  }
  return withTags(reflection, fields.tags ?? fields.tag)
}

/**
 * Who another tool's note is about: a `person` or `member` property (a name or a link); without one, the
 * clues the plan tries: the note's `[[links]]`, then the folder it is in, unless that is named like a date.
 */
function personOf(
  fields: Record<string, unknown>,
  body: string,
  folder: string
): { person: PersonHint | null; clues: PersonClues | null } {
  for (const key of ['person', 'member']) {
    const value = Array.isArray(fields[key]) ? (fields[key] as unknown[])[0] : fields[key]
    if (typeof value === 'string' && value.trim() !== '')
      return { person: { id: null, name: linkTarget(value) }, clues: null }
  }
  const parent = folder.slice(folder.lastIndexOf('/') + 1)
  const datedFolder = parent === '' || /^[\d\s._-]*$/u.test(parent) || /^q[1-4]$/iu.test(parent)
  return { person: null, clues: { links: linkTargets(body), folder: datedFolder ? null : parent } }
}

const localDay = (at: Date) =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`
