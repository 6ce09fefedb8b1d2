import {
  AUTHORITY_LEVELS,
  RESPONSE_LABELS,
  SIGNAL_LABELS,
  STATUS_LABELS
} from '../../shared/domain/delegationVocabulary'
import { GOAL_STATUS_LABELS } from '../../shared/domain/goalVocabulary'
import {
  EXPORTED_AT_KEY,
  actionItemsSection,
  talkingPointsSection,
  leaveSection,
  plainText,
  reflectionSections,
  stamp,
  wikiLink,
  type ExportRow,
  type RenderOptions
} from './markdown'
import { escapeText, labelledSection, renderNote, textSection, type SectionOut } from './noteFormat'
import type { DelegationRow, ExportGoal, PersonRow } from './rows'
import { feedbackSections } from './feedbackNotes'

/** Every key a person's note has had (earlier exports wrote an index with `member`); a re-export replaces these. */
export const PERSON_KEYS = new Set([
  'title',
  'kind',
  'member',
  'role',
  'team',
  'email',
  'start-date',
  'cadence-days',
  'archived',
  'id',
  'created',
  'updated',
  EXPORTED_AT_KEY
])

export const DELEGATION_KEYS = new Set([
  'title',
  'kind',
  'member',
  'member-id',
  'goal',
  'goal-id',
  'status',
  'authority-level',
  'checkin-every-days',
  'due',
  'started',
  'completed',
  'success-criteria',
  'tags',
  'rescue-signal',
  'rescue-signal-times',
  'rescue-on',
  'rescue-happened',
  'success-estimate',
  'id',
  'created',
  'updated',
  EXPORTED_AT_KEY
])

export const NOTE_KINDS = {
  person: 'person',
  memberFile: 'member-reflections',
  delegation: 'delegation'
} as const

function personFields(person: PersonRow, kind: string, options: RenderOptions) {
  return {
    title: person.name,
    kind,
    role: person.role,
    team: person.team,
    email: person.email,
    'start-date': person.startDate,
    'cadence-days': person.cadenceDays,
    archived: person.archivedAt,
    id: person.id,
    created: person.createdAt,
    updated: person.updatedAt,
    ...stamp(options)
  }
}

/**
 * The profile's texts, their own action items, their open talking points and their time away: the same
 * sections in a person's note and their file.
 */
function profileSections(person: PersonRow): SectionOut[] {
  return [
    ...textSection('strengths', '## Strengths', person.strengths),
    ...textSection('growth-areas', '## Growth areas', person.growthAreas),
    ...textSection('aspirations', '## Aspirations', person.aspirations),
    ...actionItemsSection(person.actionItems, person.name, '##'),
    ...talkingPointsSection(person.talkingPoints, '## Talking points'),
    ...leaveSection(person.leave),
    ...goalsSection(person.goals),
    ...feedbackSections(person.feedback)
  ]
}

/** `### Active: <title>` and why, one section per goal (its id, status and times in the marker), oldest first. */
function goalsSection(goals: readonly ExportGoal[]): SectionOut[] {
  if (goals.length === 0) return []
  return [
    { key: 'goals', content: '## Growth goals\n' },
    ...goals.map(({ title, why, ...data }) => ({
      key: 'goal',
      data,
      content: `### ${GOAL_STATUS_LABELS[data.status]}: ${plainText(title)}\n${textAfterHeading(why)}`
    }))
  ]
}

/**
 * A person's note: their profile, then links to their delegations and reflections (linkLine's lines joined by
 * newlines, '' for none; for reading only).
 */
export function personMarkdown(
  person: PersonRow,
  links: { delegations: string; reflections: string },
  options: RenderOptions
): string {
  const linkSection = (key: string, heading: string, lines: string): SectionOut[] =>
    lines === '' ? [] : [{ key, content: `## ${heading}\n\n${lines}\n` }]
  return renderNote(personFields(person, NOTE_KINDS.person, options), person.notes ?? '', [
    ...profileSections(person),
    ...linkSection('delegations', 'Delegations', links.delegations),
    ...linkSection('reflections', 'Reflections', links.reflections)
  ])
}

/** The one-file-per-person layout: the profile, then every reflection under its own heading. */
export function memberFileMarkdown(
  person: PersonRow | null,
  rows: readonly ExportRow[],
  options: RenderOptions
): string {
  const sections = rows.flatMap((row) => reflectionSections(row))
  if (!person) {
    const fields = {
      title: 'General reflections',
      kind: NOTE_KINDS.memberFile,
      id: 'general',
      ...stamp(options)
    }
    return renderNote(fields, '', sections)
  }
  return renderNote(personFields(person, NOTE_KINDS.memberFile, options), person.notes ?? '', [
    ...profileSections(person),
    ...sections
  ])
}

const levelName = (level: number) => AUTHORITY_LEVELS[level - 1]?.name ?? String(level)

/** A delegation's note: the responsibility, what was agreed, the authority level's history and the check-ins. */
export function delegationMarkdown(
  delegation: DelegationRow,
  memberLink: string | null,
  options: RenderOptions
): string {
  const fields = {
    title: delegation.title,
    kind: NOTE_KINDS.delegation,
    member: options.obsidianLinks && memberLink !== null ? wikiLink(memberLink) : delegation.memberName,
    'member-id': delegation.memberId,
    // The goal's title on one line, as its person's note heads it (and as an import of that note keeps it).
    ...(delegation.goalId === null
      ? {}
      : { goal: delegation.goalTitle?.replace(/\s+/gu, ' ').trim(), 'goal-id': delegation.goalId }),
    status: STATUS_LABELS[delegation.status],
    'authority-level': delegation.authorityLevel,
    'checkin-every-days': delegation.checkinEveryDays,
    due: delegation.dueDate,
    started: delegation.startedOn,
    completed: delegation.completedOn,
    'success-criteria': delegation.successCriteria,
    tags: delegation.tags,
    'rescue-signal': delegation.rescueSignal,
    'rescue-signal-times': delegation.rescueSignalTimes,
    'rescue-on': delegation.rescueOn,
    'rescue-happened': delegation.rescueHappenedOn,
    ...(options.predictions ? { 'success-estimate': delegation.successEstimate } : {}),
    id: delegation.id,
    created: delegation.createdAt,
    updated: delegation.updatedAt,
    ...stamp(options)
  }
  const changes: SectionOut[] = delegation.changes.map(({ reason, ...change }) => ({
    key: 'authority-change',
    data: change,
    content: `### ${change.on}: ${change.from === null ? `started at ${levelName(change.to)}` : `${levelName(change.from)} to ${levelName(change.to)}`}\n${textAfterHeading(reason)}`
  }))
  const checkins: SectionOut[] = delegation.checkins.flatMap(
    ({ progress, struggles, note, lesson, ...checkin }) => [
      {
        key: 'checkin',
        data: checkin,
        content: `### ${checkin.date}: ${SIGNAL_LABELS[checkin.signal]}, ${RESPONSE_LABELS[checkin.response].toLowerCase()}\n${textAfterHeading(progress)}`
      },
      ...labelledSection('checkin-struggles', 'What they struggled with', struggles),
      ...labelledSection('checkin-note', 'Note', note),
      ...labelledSection('checkin-lesson', 'What they learned', lesson)
    ]
  )
  const group = (key: string, heading: string, entries: SectionOut[]): SectionOut[] =>
    entries.length === 0 ? [] : [{ key, content: `## ${heading}\n` }, ...entries]
  return renderNote(fields, delegation.responsibility ?? '', [
    ...textSection('why-this-person', '## Why this person', delegation.whyThisPerson),
    ...textSection('resources', '## Resources and support', delegation.resources),
    ...textSection('constraints', '## Constraints', delegation.constraints),
    ...textSection('rescue-trigger', '## I step in only if', delegation.rescueTrigger),
    ...(options.predictions
      ? textSection('expected-struggle', '## Where I expected them to struggle', delegation.expectedStruggle)
      : []),
    ...textSection('outcome', '## Outcome', delegation.outcome),
    ...textSection('lessons', '## Lessons learned', delegation.lessons),
    ...group('authority-levels', 'Authority level', changes),
    ...group('checkins', 'Check-ins', checkins)
  ])
}

/** Text under a heading Leap wrote: a blank line, then the text, or nothing. */
function textAfterHeading(text: string | null): string {
  const trimmed = text?.trimEnd() ?? ''
  return trimmed === '' ? '' : `\n${escapeText(trimmed)}\n`
}
