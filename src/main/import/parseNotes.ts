import {
  CHECKIN_SIGNALS,
  DELEGATION_STATUSES,
  LEADER_RESPONSES,
  STATUS_LABELS,
  WORKED_OUT_ANSWERS,
  type DelegationStatus
} from '../../shared/domain/delegationVocabulary'
import { labelledText, sectionText, type ParsedNote, type SectionIn } from '../export/noteFormat'
import { dayOf, intOf, isDay, isId, isTimestamp, sqliteLength, tagsOf, textOf } from './checks'
import { parseItems, taskLines, type ParsedItem, type PersonHint } from './items'
import { linkTarget } from './people'
import { talkingPointsOf, type ParsedPoint } from './talkingPoints'
import { leaveOf } from './leave'
import { goalsOf, type ParsedGoal } from './goals'
import { feedbackOf, type ParsedFeedback } from './feedback'
import type { ExportLeave } from '../export/markdown'
import type {
  AuthorityChangeFields,
  CheckinFields,
  DelegationFields,
  PersonFields,
  PredictionFields
} from '../export/rows'

export interface ParsedPerson extends PersonFields {
  type: 'person'
  path: string
  id: string
  actionItems: ParsedItem[] | null
  /** Their open talking points; null when the note lists none. */
  talkingPoints: ParsedPoint[] | null
  /** Their time away and skipped one-on-ones; null when the note lists none. */
  leave: ExportLeave | null
  /** Their growth goals; null when the note lists none. */
  goals: ParsedGoal[] | null
  /** Their feedback; null when the note lists none. */
  feedback: ParsedFeedback[] | null
  createdAt: string | null
  updatedAt: string | null
}

export interface ParsedDelegation extends DelegationFields {
  type: 'delegation'
  path: string
  id: string
  person: PersonHint
  changes: (AuthorityChangeFields & NoteStamps)[]
  checkins: (CheckinFields & NoteStamps)[]
  /** Tags that are not valid tag names are left out. */
  tags: string[]
  /** Absent from a note exported without predictions: the journal's own are then kept. */
  prediction: PredictionFields | null
  createdAt: string | null
  updatedAt: string | null
}

/** Times a note gives for a row (null when it gives none: the row is then stamped now). */
interface NoteStamps {
  createdAt: string | null
  updatedAt: string | null
}

type Refused = { reason: string }

/** Text of a section Leap wrote, or null when the note has none (an empty text is no text). */
function sectionOf(sections: readonly SectionIn[], key: string): string | null {
  const section = sections.find((s) => s.key === key)
  const text = section ? sectionText(section.content) : ''
  return text === '' ? null : text
}

const orNull = (text: string) => (text === '' ? null : text)

/** A person from the properties and sections of their note (or of their one-file-per-person export). */
export function personFields(
  path: string,
  fields: Record<string, unknown>,
  note: ParsedNote
): ParsedPerson | Refused {
  const name = textOf(fields.title) ?? ''
  const length = sqliteLength(name)
  if (length < 1 || length > 200) return { reason: 'The person has no name, or a name over 200 characters.' }
  const cadence = intOf(fields['cadence-days'], 1, 365)
  if (cadence === undefined)
    return { reason: 'Its one-on-one cadence is not a number of days from 1 to 365.' }
  const startDate =
    fields['start-date'] === null || fields['start-date'] === undefined ? null : dayOf(fields['start-date'])
  if (startDate === null && fields['start-date'])
    return { reason: 'Its start date is not a day like 2026-11-27.' }
  const goals = goalsOf(note.sections)
  if (goals !== null && 'reason' in goals) return goals
  const feedback = feedbackOf(note.sections)
  if (feedback !== null && 'reason' in feedback) return feedback
  return {
    type: 'person',
    path,
    id: fields.id as string,
    name,
    role: textOf(fields.role),
    team: textOf(fields.team),
    email: textOf(fields.email),
    startDate,
    strengths: sectionOf(note.sections, 'strengths'),
    growthAreas: sectionOf(note.sections, 'growth-areas'),
    aspirations: sectionOf(note.sections, 'aspirations'),
    notes: orNull(note.main),
    cadenceDays: cadence ?? 14,
    archivedAt: isTimestamp(fields.archived) ? fields.archived : null,
    actionItems: parseItems(taskLines(note.sections), name),
    talkingPoints: talkingPointsOf(note.sections),
    leave: leaveOf(note.sections),
    goals,
    feedback,
    createdAt: isTimestamp(fields.created) ? fields.created : null,
    updatedAt: isTimestamp(fields.updated) ? fields.updated : null
  }
}

export function parsePersonNote(
  path: string,
  fields: Record<string, unknown>,
  note: ParsedNote
): { entities: ParsedPerson[] } | Refused {
  const person = personFields(path, fields, note)
  return 'reason' in person ? person : { entities: [person] }
}

const statusOf = (value: unknown): DelegationStatus | null => {
  if (typeof value !== 'string') return null
  const code = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/gu, '_')
  if ((DELEGATION_STATUSES as readonly string[]).includes(code)) return code as DelegationStatus
  const byLabel = DELEGATION_STATUSES.find(
    (status) => STATUS_LABELS[status].toLowerCase() === value.trim().toLowerCase()
  )
  return byLabel ?? null
}

const optionalDay = (value: unknown): string | null | undefined =>
  value === null || value === undefined || value === '' ? null : (dayOf(value) ?? undefined)

/** A delegation's note: its properties, texts, level history and check-ins (each kept by its id). */
export function parseDelegationNote(
  path: string,
  fields: Record<string, unknown>,
  note: ParsedNote
): { entities: ParsedDelegation[] } | Refused {
  const title = textOf(fields.title) ?? ''
  if (sqliteLength(title) < 1) return { reason: 'The delegation has no title.' }
  const member = textOf(fields.member)
  if (member === null) return { reason: 'It does not say whose delegation it is (member).' }
  const level = intOf(fields['authority-level'], 1, 7)
  const status = statusOf(fields.status)
  const every = intOf(fields['checkin-every-days'], 1, 365)
  const [due, started, completed] = [fields.due, fields.started, fields.completed].map(optionalDay)
  const criteria = fields['success-criteria'] ?? []
  const rescueSignal = fields['rescue-signal'] ?? null
  const rescueTimes = intOf(fields['rescue-signal-times'], 1, 20)
  const [rescueOn, rescueHappened] = [fields['rescue-on'], fields['rescue-happened']].map(optionalDay)
  const estimate = intOf(fields['success-estimate'], 0, 100)
  if (!level) return { reason: 'Its authority level is not a number from 1 to 7.' }
  if (rescueSignal !== null && !CHECKIN_SIGNALS.some((signal) => signal === rescueSignal))
    return { reason: 'Its rescue signal is not one of on_track, at_risk, blocked, struggling.' }
  if (rescueTimes === undefined || (rescueTimes !== null && rescueSignal === null))
    return { reason: 'Its rescue signal count is not a number from 1 to 20 with a signal to count.' }
  if (rescueOn === undefined || rescueHappened === undefined)
    return { reason: 'One of its rescue dates is not a day like 2026-11-27.' }
  if (estimate === undefined) return { reason: 'Its success estimate is not a percentage from 0 to 100.' }
  if (!status) return { reason: 'Its status is not one of Planned, Active, Done, Handed back, Cancelled.' }
  if (every === undefined) return { reason: 'Its check-in rhythm is not a number of days from 1 to 365.' }
  if (due === undefined || started === undefined || completed === undefined)
    return { reason: 'One of its dates is not a day like 2026-11-27.' }
  if (due && started && due < started) return { reason: 'Its due date is before its start.' }
  if (!Array.isArray(criteria) || criteria.some((c) => typeof c !== 'string'))
    return { reason: 'Its success criteria are not a list of texts.' }
  const history = historyOf(note.sections)
  if ('reason' in history) return history
  return {
    entities: [
      {
        type: 'delegation',
        path,
        id: fields.id as string,
        person: { id: isId(fields['member-id']) ? fields['member-id'] : null, name: linkTarget(member) },
        title,
        responsibility: orNull(note.main),
        whyThisPerson: sectionOf(note.sections, 'why-this-person'),
        successCriteria: criteria as string[],
        authorityLevel: level,
        resources: sectionOf(note.sections, 'resources'),
        constraints: sectionOf(note.sections, 'constraints'),
        rescueTrigger: sectionOf(note.sections, 'rescue-trigger'),
        rescueOn,
        rescueSignal: rescueSignal as DelegationFields['rescueSignal'],
        rescueSignalTimes: rescueTimes,
        rescueHappenedOn: rescueHappened,
        checkinEveryDays: every,
        dueDate: due,
        status,
        outcome: sectionOf(note.sections, 'outcome'),
        lessons: sectionOf(note.sections, 'lessons'),
        startedOn: started,
        completedOn: completed,
        goalId: isId(fields['goal-id']) ? fields['goal-id'] : null,
        ...history,
        tags: tagsOf(fields.tags).tags,
        prediction:
          'success-estimate' in fields || note.sections.some((s) => s.key === 'expected-struggle')
            ? { successEstimate: estimate, expectedStruggle: sectionOf(note.sections, 'expected-struggle') }
            : null,
        createdAt: isTimestamp(fields.created) ? fields.created : null,
        updatedAt: isTimestamp(fields.updated) ? fields.updated : null
      }
    ]
  }
}

const CHECKIN_TEXTS: Record<string, 'struggles' | 'note' | 'lesson'> = {
  'checkin-struggles': 'struggles',
  'checkin-note': 'note',
  'checkin-lesson': 'lesson'
}

/** The level changes and check-ins, each a section with its data in the marker; texts follow in their own. */
function historyOf(sections: readonly SectionIn[]): Pick<ParsedDelegation, 'changes' | 'checkins'> | Refused {
  const changes: ParsedDelegation['changes'] = []
  const checkins: ParsedDelegation['checkins'] = []
  const broken = {
    reason: 'A level change or check-in in it has lost its data: export the delegation again.'
  }
  for (const { key, data, content } of sections) {
    const d = data ?? {}
    const stamps = {
      createdAt: isTimestamp(d.created) ? d.created : null,
      updatedAt: isTimestamp(d.updated) ? d.updated : null
    }
    if (key === 'authority-change') {
      const from = intOf(d.from, 1, 7)
      const to = intOf(d.to, 1, 7)
      if (!isId(d.id) || from === undefined || !to || !isDay(d.on)) return broken
      changes.push({ id: d.id, from, to, reason: orNull(sectionText(content)), on: d.on, ...stamps })
    } else if (key === 'checkin') {
      const signal = CHECKIN_SIGNALS.find((s) => s === d.signal)
      const response = LEADER_RESPONSES.find((r) => r === d.response)
      const workedOut = WORKED_OUT_ANSWERS.find((w) => w === d.workedOut) ?? null
      if (!isId(d.id) || !isDay(d.date) || !signal || !response) return broken
      const progress = orNull(sectionText(content))
      checkins.push({
        id: d.id,
        date: d.date,
        progress,
        signal,
        struggles: null,
        response,
        note: null,
        workedOut,
        lesson: null,
        ...stamps
      })
    } else if (key in CHECKIN_TEXTS && checkins.length > 0) {
      checkins.at(-1)![CHECKIN_TEXTS[key]!] = orNull(labelledText(content))
    }
  }
  return { changes, checkins }
}
