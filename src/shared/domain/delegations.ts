import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { ById, Deleted, Id, LocalDate, RowMeta, optionalDate, optionalText } from './common'
import { Tags } from './reflections'
import {
  AUTHORITY_LEVELS,
  CHECKIN_SIGNALS,
  DELEGATION_STATUSES,
  LEADER_RESPONSES,
  MAX_AUTHORITY_LEVEL,
  MIN_AUTHORITY_LEVEL,
  WORKED_OUT_ANSWERS
} from './delegationVocabulary'

const levelMessage = `Choose an authority level from 1 (${AUTHORITY_LEVELS[0].name}) to 7 (${AUTHORITY_LEVELS[6].name}).`
const statusMessage = 'Choose a status: planned, active, done, handed back or cancelled.'
const everyMessage = 'Use a whole number of days from 1 to 365, or leave it empty.'
const estimateMessage = 'Give the chance of success as a whole percentage from 0 to 100, or leave it empty.'
const timesMessage = 'Use a number of check-ins from 1 to 20, or leave it empty.'
const signalMessage = 'Choose a signal: on track, at risk, blocked or struggling.'
export const DUE_BEFORE_START_MESSAGE = 'The due date cannot be before the start date.'

export const AuthorityLevelInput = z
  .number({ message: levelMessage })
  .int({ message: levelMessage })
  .min(MIN_AUTHORITY_LEVEL, { message: levelMessage })
  .max(MAX_AUTHORITY_LEVEL, { message: levelMessage })
export const StatusInput = z.enum(DELEGATION_STATUSES, { message: statusMessage })

/** The fields a leader writes; the authority level is changed only through a recorded change (the ladder). */
const editableFields = {
  title: z
    .string({ message: 'Give the delegation a title.' })
    .trim()
    .min(1, { message: 'Give the delegation a title.' })
    .max(200, { message: 'Keep the title under 200 characters.' }),
  responsibility: optionalText(50_000),
  whyThisPerson: optionalText(20_000),
  /** One entry per criterion; blank entries (an empty row in the form) are dropped. */
  successCriteria: z
    .array(z.string().trim().max(500, { message: 'Keep each criterion under 500 characters.' }), {
      message: 'Give success criteria as a list.'
    })
    .max(30, { message: 'Keep it to 30 criteria at most.' })
    .transform((list) => list.filter((item) => item !== ''))
    .optional(),
  resources: optionalText(20_000),
  constraints: optionalText(20_000),
  rescueTrigger: optionalText(2_000),
  /** The structured trigger: a day, a signal seen a number of times, or the written trigger ticked as happened. */
  rescueOn: optionalDate,
  rescueSignal: z.enum(CHECKIN_SIGNALS, { message: signalMessage }).nullable().optional(),
  rescueSignalTimes: z
    .number({ message: timesMessage })
    .int({ message: timesMessage })
    .min(1, { message: timesMessage })
    .max(20, { message: timesMessage })
    .nullable()
    .optional(),
  rescueHappenedOn: optionalDate,
  /** The leader's private prediction at hand-off, scored at close. */
  successEstimate: z
    .number({ message: estimateMessage })
    .int({ message: estimateMessage })
    .min(0, { message: estimateMessage })
    .max(100, { message: estimateMessage })
    .nullable()
    .optional(),
  expectedStruggle: optionalText(5_000),
  /** The area it is in, with the tags reflections use: a new delegation shows the lessons of its area. */
  tags: Tags.optional(),
  checkinEveryDays: z
    .number({ message: everyMessage })
    .int({ message: everyMessage })
    .min(1, { message: everyMessage })
    .max(365, { message: everyMessage })
    .nullable()
    .optional(),
  dueDate: optionalDate,
  startedOn: optionalDate,
  status: StatusInput.optional(),
  /** The person's growth goal it serves ("why this person"); null for none. */
  goalId: Id.nullable().optional()
}

type Dated = { dueDate?: string | null | undefined; startedOn?: string | null | undefined }
const dueNotBeforeStart = (value: Dated) =>
  !value.dueDate || !value.startedOn || value.dueDate >= value.startedOn
/** Check the dates even when other fields are wrong, so a form shows every problem at once. */
const dueCheck = {
  path: ['dueDate'],
  message: DUE_BEFORE_START_MESSAGE,
  when: ({ issues }: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    issues.every(({ path = [] }) => path.length > 0 && path[0] !== 'dueDate' && path[0] !== 'startedOn')
}

export const DelegationCreate = z
  .strictObject({ memberId: Id, ...editableFields, authorityLevel: AuthorityLevelInput })
  .refine(dueNotBeforeStart, dueCheck)
export type DelegationCreateInput = z.input<typeof DelegationCreate>
export type DelegationCreate = z.output<typeof DelegationCreate>

/** A patch: fields left out keep their value. Main checks the dates again against the stored ones. */
export const DelegationUpdate = z
  .strictObject({ id: Id, ...z.object(editableFields).partial().shape })
  .refine(dueNotBeforeStart, dueCheck)
export type DelegationUpdateInput = z.input<typeof DelegationUpdate>
export type DelegationUpdate = z.output<typeof DelegationUpdate>

export const DelegationList = z.strictObject({ memberId: Id.optional(), status: StatusInput.optional() })
export type DelegationList = z.output<typeof DelegationList>

export const AuthorityChangeInput = z.strictObject({
  id: Id,
  toLevel: AuthorityLevelInput,
  reason: z
    .string({ message: 'Say why you are changing the level.' })
    .trim()
    .min(1, { message: 'Say why you are changing the level.' })
    .max(2_000, { message: 'Keep the reason under 2,000 characters.' }),
  /** The day of the change; today when left out. */
  changedOn: optionalDate
})
export type AuthorityChangeInput = z.output<typeof AuthorityChangeInput>

export const DelegationClose = z.strictObject({
  id: Id,
  status: z.enum(['done', 'handed_back'], { message: 'Close a delegation as done or handed back.' }),
  outcome: optionalText(50_000),
  lessons: optionalText(50_000),
  /** Today when left out. */
  completedOn: optionalDate
})
export type DelegationCloseInput = z.input<typeof DelegationClose>
export type DelegationClose = z.output<typeof DelegationClose>

const workedOutFields = {
  workedOut: z.enum(WORKED_OUT_ANSWERS, { message: 'Choose yes, partly or no.' }),
  lesson: optionalText(5_000)
}

export const CheckinCreate = z.strictObject({
  delegationId: Id,
  date: LocalDate,
  progress: optionalText(20_000),
  signal: z.enum(CHECKIN_SIGNALS, { message: signalMessage }),
  struggles: optionalText(20_000),
  leaderResponse: z.enum(LEADER_RESPONSES, {
    message:
      'Choose how you responded: held back, asked questions, provided resources, stepped in or took it back.'
  }),
  note: optionalText(20_000),
  /** With "took it back": mark the delegation handed back in the same step, dated as the check-in. */
  handBack: z.boolean().optional(),
  /** The answer to "did they work it out?" about an earlier check-in where the leader let go, saved with this one. */
  followUp: z.strictObject({ checkinId: Id, ...workedOutFields }).optional()
})
export type CheckinCreateInput = z.input<typeof CheckinCreate>
export type CheckinCreate = z.output<typeof CheckinCreate>

/**
 * A correction to a check-in: fields left out keep their value. The answer to "did they work it out?" is
 * given here too (or cleared with workedOut null), only on a check-in where the leader held back or asked.
 */
export const CheckinUpdate = z.strictObject({
  id: Id,
  date: LocalDate.optional(),
  progress: optionalText(20_000),
  signal: z.enum(CHECKIN_SIGNALS, { message: signalMessage }).optional(),
  struggles: optionalText(20_000),
  leaderResponse: z
    .enum(LEADER_RESPONSES, {
      message:
        'Choose how you responded: held back, asked questions, provided resources, stepped in or took it back.'
    })
    .optional(),
  note: optionalText(20_000),
  workedOut: workedOutFields.workedOut.nullable().optional(),
  lesson: workedOutFields.lesson
})
export type CheckinUpdateInput = z.input<typeof CheckinUpdate>
export type CheckinUpdate = z.output<typeof CheckinUpdate>

export const Delegation = z.strictObject({
  ...RowMeta,
  memberId: Id,
  memberName: z.string(),
  title: z.string(),
  responsibility: z.string().nullable(),
  whyThisPerson: z.string().nullable(),
  successCriteria: z.array(z.string()),
  authorityLevel: z.number().int().min(MIN_AUTHORITY_LEVEL).max(MAX_AUTHORITY_LEVEL),
  resources: z.string().nullable(),
  constraints: z.string().nullable(),
  rescueTrigger: z.string().nullable(),
  rescueOn: LocalDate.nullable(),
  rescueSignal: z.enum(CHECKIN_SIGNALS).nullable(),
  rescueSignalTimes: z.number().int().nullable(),
  rescueHappenedOn: LocalDate.nullable(),
  successEstimate: z.number().int().min(0).max(100).nullable(),
  expectedStruggle: z.string().nullable(),
  tags: z.array(z.string()),
  checkinEveryDays: z.number().int().nullable(),
  dueDate: LocalDate.nullable(),
  status: z.enum(DELEGATION_STATUSES),
  outcome: z.string().nullable(),
  lessons: z.string().nullable(),
  startedOn: LocalDate.nullable(),
  completedOn: LocalDate.nullable(),
  /** Derived from the check-ins. */
  checkinCount: z.number().int(),
  lastCheckinOn: LocalDate.nullable(),
  lastSignal: z.enum(CHECKIN_SIGNALS).nullable(),
  /** For an active delegation with a rhythm: the last check-in (or the start) plus the rhythm. */
  nextCheckinDue: LocalDate.nullable(),
  /** The growth goal it serves; null for none (or while that goal is in the trash). */
  goalId: Id.nullable(),
  goalTitle: z.string().nullable()
})
export type Delegation = z.infer<typeof Delegation>

export const Checkin = z.strictObject({
  ...RowMeta,
  delegationId: Id,
  date: LocalDate,
  progress: z.string().nullable(),
  signal: z.enum(CHECKIN_SIGNALS),
  struggles: z.string().nullable(),
  leaderResponse: z.enum(LEADER_RESPONSES),
  note: z.string().nullable(),
  workedOut: z.enum(WORKED_OUT_ANSWERS).nullable(),
  lesson: z.string().nullable()
})
export type Checkin = z.infer<typeof Checkin>

export const AuthorityStep = z.strictObject({
  id: Id,
  fromLevel: z.number().int().nullable(),
  toLevel: z.number().int(),
  reason: z.string().nullable(),
  changedOn: LocalDate
})
export type AuthorityStep = z.infer<typeof AuthorityStep>

export const DelegationDetail = z.strictObject({
  ...Delegation.shape,
  /** Newest first. */
  checkins: z.array(Checkin),
  /** Oldest first: the first step is the starting level. */
  authoritySteps: z.array(AuthorityStep)
})
export type DelegationDetail = z.infer<typeof DelegationDetail>

/** One rung of a person's ladder: a delegation and its levels over time. */
export const LadderEntry = z.strictObject({
  delegationId: Id,
  title: z.string(),
  status: z.enum(DELEGATION_STATUSES),
  startLevel: z.number().int(),
  currentLevel: z.number().int(),
  steps: z.array(AuthorityStep)
})
export type LadderEntry = z.infer<typeof LadderEntry>

export const MemberScope = z.strictObject({ memberId: Id })
export const InterventionScope = z.strictObject({
  /** One person's log; the whole team's when left out. */
  memberId: Id.optional()
})

const count = z.number().int().min(0)
export const InterventionCounts = z.strictObject({
  byResponse: z.strictObject({
    held_back: count,
    asked_questions: count,
    provided_resources: count,
    stepped_in: count,
    took_back: count
  }),
  /** Held back + asked questions. */
  lettingGo: count,
  /** Stepped in + took it back. */
  intervening: count,
  /** intervening / (lettingGo + intervening); null when there is neither. */
  ratio: z.number().min(0).max(1).nullable()
})
export type InterventionCounts = z.infer<typeof InterventionCounts>

export const InterventionLog = z.strictObject({
  overall: InterventionCounts,
  last90Days: InterventionCounts,
  /** The first day counted in last90Days. */
  since: LocalDate
})
export type InterventionLog = z.infer<typeof InterventionLog>

/** A lesson the person learned after the leader let go, in their words. */
export const Lesson = z.strictObject({
  checkinId: Id,
  delegationId: Id,
  title: z.string(),
  /** The day of the check-in where the leader let go. */
  date: LocalDate,
  workedOut: z.enum(WORKED_OUT_ANSWERS),
  lesson: z.string().nullable()
})
export type Lesson = z.infer<typeof Lesson>

/** What was learned on a past delegation in the same area: its closing lessons, or a check-in's lesson. */
export const AreaLesson = z.strictObject({
  delegationId: Id,
  title: z.string(),
  memberName: z.string(),
  date: LocalDate,
  lesson: z.string()
})
export type AreaLesson = z.infer<typeof AreaLesson>

/** A closed delegation's prediction beside its outcome. */
export const ScoredPrediction = z.strictObject({
  delegationId: Id,
  title: z.string(),
  successEstimate: z.number().int(),
  status: z.enum(['done', 'handed_back']),
  completedOn: LocalDate.nullable(),
  verdict: z.enum(['under', 'over', 'as_expected'])
})

/** Whether letting go worked, for one person: their answers to "did they work it out?", and the predictions. */
export const LettingGoRecord = z.strictObject({
  workedOut: z.strictObject({ yes: count, partly: count, no: count, unanswered: count }),
  /** Answered, newest first. */
  lessons: z.array(Lesson),
  /** Newest first. */
  predictions: z.array(ScoredPrediction)
})
export type LettingGoRecord = z.infer<typeof LettingGoRecord>

/** Every view of a delegation shows its person, its last check-in and its level. */
const delegationReads = [
  'delegations',
  'members',
  'checkins',
  'authority_changes',
  'tags',
  'delegation_tags',
  'goals'
] as const
const trashedTogether = ['delegations', 'checkins', 'authority_changes'] as const

export const delegationsChannels = {
  'delegations.create': {
    input: DelegationCreate,
    output: Delegation,
    writes: ['delegations', 'authority_changes', 'tags', 'delegation_tags']
  },
  'delegations.update': {
    input: DelegationUpdate,
    output: Delegation,
    writes: ['delegations', 'tags', 'delegation_tags']
  },
  'delegations.list': { input: DelegationList, output: z.array(Delegation), reads: delegationReads },
  'delegations.get': { input: ById, output: DelegationDetail, reads: delegationReads },
  'delegations.changeLevel': {
    input: AuthorityChangeInput,
    output: Delegation,
    writes: ['delegations', 'authority_changes']
  },
  'delegations.close': { input: DelegationClose, output: Delegation, writes: ['delegations'] },
  'delegations.delete': { input: ById, output: Deleted, writes: trashedTogether },
  'delegations.restore': { input: ById, output: Delegation, writes: trashedTogether },
  'delegations.ladder': { input: MemberScope, output: z.array(LadderEntry), reads: delegationReads },
  'delegations.interventions': {
    input: InterventionScope,
    output: InterventionLog,
    reads: ['checkins', 'delegations', 'members']
  },
  /** A check-in; with handBack, the delegation is handed back in the same transaction. */
  'delegations.checkIn': { input: CheckinCreate, output: Checkin, writes: ['checkins', 'delegations'] },
  'delegations.updateCheckin': { input: CheckinUpdate, output: Checkin, writes: ['checkins'] },
  'delegations.deleteCheckin': { input: ById, output: Deleted, writes: ['checkins'] },
  'delegations.restoreCheckin': { input: ById, output: Checkin, writes: ['checkins'] },
  'delegations.lettingGo': { input: MemberScope, output: LettingGoRecord, reads: delegationReads },
  /** Lessons of past delegations sharing a tag with these: what was learned in the same area. */
  'delegations.areaLessons': {
    input: z.strictObject({ tags: Tags, excludeId: Id.optional() }),
    output: z.array(AreaLesson),
    reads: delegationReads
  }
} as const satisfies Slice<'delegations'>
