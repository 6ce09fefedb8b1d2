import { MAX_BODY_CHARS } from '../../shared/domain/reflections'
import { nextStamp, now } from '../journal/rows'
import { sqliteLength, unstorable } from './checks'
import type { ParsedItem } from './items'
import type { ParsedReflection } from './parseNote'
import type { ParsedDelegation, ParsedPerson } from './parseNotes'
import type { Stamps } from './write'
import type { ParsedPoint } from './talkingPoints'
import type { ParsedFeedback } from './feedback'
import { DELEGATION_FIELDS, PERSON_FIELDS, type DelegationFields, type PersonFields } from '../export/rows'

/** What the journal would refuse in a note, checked before writing anything (null when all is well). */
const unstorableMessage = (text: string) =>
  `It holds text Leap cannot store (a NUL character or broken Unicode) near "${printable(text).slice(0, 40)}".`
const printable = (text: string) => text.replaceAll('\u0000', '').replace(/[\uD800-\uDFFF]/gu, '')

export function personProblem(person: ParsedPerson): string | null {
  const bad = unstorable([
    ...Object.values(fieldsOfPerson(person)),
    ...(person.actionItems ?? []).map((i) => i.text),
    ...(person.talkingPoints ?? []).map((p) => p.text),
    ...(person.leave?.away ?? []).map((a) => a.note),
    ...(person.leave?.skips ?? []).map((s) => s.reason),
    ...(person.goals ?? []).flatMap((g) => [g.title, g.why])
  ])
  return bad === null
    ? (itemProblem(person.actionItems) ??
        pointProblem(person.talkingPoints) ??
        leaveProblem(person) ??
        feedbackProblem(person.feedback))
    : unstorableMessage(bad)
}

function leaveProblem({ leave }: ParsedPerson): string | null {
  const texts = [
    ...(leave?.away ?? []).map((a) => a.note ?? 'x'),
    ...(leave?.skips ?? []).map((s) => s.reason)
  ]
  return texts.some((text) => sqliteLength(text.trim()) < 1 || sqliteLength(text) > 500)
    ? 'A note on time away or a reason for a skipped one-on-one in it is empty or over 500 characters.'
    : null
}

/** What the schema would refuse in a note's feedback, as a reason; null when all of it can be stored. */
export function feedbackProblem(feedback: readonly ParsedFeedback[] | null): string | null {
  const texts = (feedback ?? []).flatMap((f) => [f.situation, f.behaviour, f.impact, f.response])
  const bad = unstorable(texts)
  if (bad !== null) return unstorableMessage(bad)
  const tooLong = texts.some((text) => text !== null && [...text].length > 4000)
  return (feedback ?? []).some((f) => sqliteLength(f.behaviour) < 1) || tooLong
    ? 'A piece of feedback in it has no behaviour, or a text over 4,000 characters.'
    : null
}

export function delegationProblem(delegation: ParsedDelegation): string | null {
  const texts = [
    ...Object.values(fieldsOfDelegation(delegation)),
    delegation.successCriteria,
    ...delegation.changes.map((c) => c.reason),
    ...delegation.checkins.flatMap((c) => [c.progress, c.struggles, c.note])
  ]
  const bad = unstorable(texts)
  return bad === null ? null : unstorableMessage(bad)
}

export function reflectionProblem(
  reflection: ParsedReflection,
  title: string,
  items: readonly ParsedItem[] | null
): string | null {
  if ([...reflection.body].length > MAX_BODY_CHARS)
    return 'Its text is longer than Leap keeps (5 million characters).'
  const bad = unstorable([
    title,
    reflection.body,
    reflection.tags,
    ...(items ?? []).map((i) => i.text),
    ...(reflection.talkingPoints ?? []).map((p) => p.text)
  ])
  return bad === null
    ? (itemProblem(items) ?? pointProblem(reflection.talkingPoints))
    : unstorableMessage(bad)
}

function pointProblem(points: readonly ParsedPoint[] | null): string | null {
  return points?.some((point) => sqliteLength(point.text) < 1 || sqliteLength(point.text) > 2000)
    ? 'A talking point in it has no text, or more than 2,000 characters.'
    : null
}

function itemProblem(items: readonly ParsedItem[] | null): string | null {
  return items?.some((item) => sqliteLength(item.text) < 1) ? 'An action item in it has no text.' : null
}

const pick = <T, K extends keyof T>(row: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>

export const fieldsOfPerson = (person: ParsedPerson): PersonFields => pick(person, PERSON_FIELDS)

export const fieldsOfDelegation = (delegation: ParsedDelegation): DelegationFields =>
  pick(delegation, DELEGATION_FIELDS)

/**
 * Times for a row: a new row keeps the times its note gives (an export imported again is the same journal);
 * an updated row is changed now, strictly after its last change (editors use updated_at as a version).
 */
export function stampsFor(
  note: { createdAt: string | null; updatedAt: string | null },
  currentUpdatedAt: string | null
): Stamps {
  if (currentUpdatedAt !== null) {
    const updated = nextStamp(currentUpdatedAt)
    return { created: updated, updated }
  }
  const created = note.createdAt ?? now()
  return { created, updated: note.updatedAt ?? created }
}
