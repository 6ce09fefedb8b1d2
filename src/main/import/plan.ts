import type { ImportDecision, ImportEntry } from '../../shared/domain/import'
import type { Db } from '../db/open'
import { defaultTitle } from '../../shared/domain/titles'
import { now } from '../journal/rows'
import { parseItems } from './items'
import type { ParsedEntity, ParsedReflection } from './parseNote'
import type { ParsedDelegation, ParsedPerson } from './parseNotes'
import {
  childState,
  currentDelegation,
  currentPerson,
  currentReflection,
  itemChanges,
  liveDelegation,
  sameDelegation,
  samePerson,
  sameReflection,
  titleMatch
} from './compare'
import {
  delegationProblem,
  fieldsOfDelegation,
  fieldsOfPerson,
  personProblem,
  reflectionProblem,
  stampsFor
} from './rules'
import { People, type PersonSummary } from './resolve'
import type { SourceProblem } from './readFolder'
import {
  writeChange,
  writeCheckin,
  writeDelegation,
  writeDelegationLinks,
  writeItems,
  writePerson,
  writeReflection,
  writeTags,
  EMPTY_PERSON
} from './write'
import { planTeamRows } from './teamPlan'
import { currentPoints, pointChanges, writePoints } from './talkingPoints'
import { goalState, liveGoalOf, writeGoal } from './goals'
import { newLeave, writeLeave } from './leave'
import { feedbackChanges, writeFeedback } from './feedback'
import type { ParsedTeamRow } from './csv'

export interface ImportPlan {
  entries: ImportEntry[]
  people: PersonSummary[]
  /** The writes, in order (people, delegations, reflections); run inside one transaction by applyPlan. */
  writes: ((db: Db) => void)[]
}

type Outcome = 'create' | 'update' | 'unchanged'

/**
 * Decides, for everything read, what the import does with it, against the journal as it is now: create what
 * is new (keeping Leap's ids), update by id what changed, leave what is the same, skip what cannot be imported
 * with the reason. Nothing is written here.
 */
export function planImport(
  db: Db,
  entities: readonly ParsedEntity[],
  problems: readonly SourceProblem[],
  decisions: readonly ImportDecision[] = []
): ImportPlan {
  const entries: ImportEntry[] = problems.map((problem) => ({
    path: problem.path,
    kind: 'file',
    outcome: 'skip',
    title: problem.path.slice(problem.path.lastIndexOf('/') + 1),
    reason: problem.reason,
    personKey: null
  }))
  const people = new People(db, new Map(decisions.map((decision) => [decision.key, decision])))
  const peopleWrites: ImportPlan['writes'] = []
  const delegationWrites: ImportPlan['writes'] = []
  const reflectionWrites: ImportPlan['writes'] = []
  const delegationTitles = new Map<string, { id: string; title: string }[]>()
  const importedDelegations = new Set<string>()
  /** `<member id> <goal id>` of every goal the notes bring, for the delegations that serve one. */
  const importedGoals = new Set<string>()
  const entry = (
    e: ParsedEntity,
    outcome: ImportEntry['outcome'],
    reason: string | null,
    personKey: string | null
  ) =>
    entries.push({
      path: e.path,
      kind: e.type === 'teamRow' ? 'person' : e.type,
      outcome,
      title: titleOf(e),
      reason,
      personKey
    })

  const unique = withoutDuplicates(entities, (e, reason) => entry(e, 'skip', reason, null))
  for (const team of planTeamRows(
    db,
    unique.filter((e): e is ParsedTeamRow => e.type === 'teamRow')
  )) {
    entry(team.row, team.outcome, team.reason, null)
    if (team.write) peopleWrites.push(team.write)
  }
  for (const person of unique.filter((e): e is ParsedPerson => e.type === 'person')) {
    const bad = personProblem(person)
    if (bad) {
      entry(person, 'skip', bad, null)
      continue
    }
    const match = people.matchNote(person.id, person.name)
    if (match?.deleted) {
      entry(
        person,
        'skip',
        `${person.name} is in the trash in Leap: restore them there to import this note.`,
        null
      )
      continue
    }
    const id = match?.id ?? person.id
    const goals = (person.goals ?? []).map((goal) => ({ goal, ...goalState(db, goal, id) }))
    if (goals.some(({ state }) => state === 'elsewhere')) {
      entry(person, 'skip', 'A growth goal in it belongs to another person in Leap.', null)
      continue
    }
    const feedback = feedbackChanges(db, id, person.feedback)
    if ('reason' in feedback) {
      entry(person, 'skip', feedback.reason, null)
      continue
    }
    people.noteResolved(person.id, id, person.name)
    const current = match ? currentPerson(db, id) : null
    const items = itemChanges(current?.items ?? [], person.actionItems)
    const points = pointChanges(current ? currentPoints(db, id, null) : [], person.talkingPoints)
    const leave = newLeave(db, current ? id : null, person.leave)
    for (const { goal, state } of goals) if (state !== 'trashed') importedGoals.add(`${id} ${goal.id}`)
    const goalWrites = goals.filter(({ state }) => state === 'new' || state === 'changed')
    const children =
      items.length +
      points.length +
      leave.away.length +
      leave.skips.length +
      goalWrites.length +
      feedback.length
    const outcome: Outcome = !current
      ? 'create'
      : samePerson(current, person) && children === 0
        ? 'unchanged'
        : 'update'
    entry(person, outcome, null, `id:${id}`)
    if (outcome === 'unchanged') continue
    peopleWrites.push((db) => {
      const stamps = stampsFor(person, current?.updatedAt ?? null)
      writePerson(db, { ...fieldsOfPerson(person), id }, stamps, outcome === 'create')
      writeItems(db, { memberId: id, reflectionId: null }, items, stamps.updated)
      writePoints(db, { memberId: id, reflectionId: null }, points, stamps.updated)
      writeLeave(db, id, leave, stamps.updated)
      for (const { goal, state, updatedAt } of goalWrites)
        writeGoal(db, id, goal, stampsFor(goal, updatedAt), state === 'new')
      writeFeedback(db, id, feedback)
    })
  }

  for (const delegation of unique.filter((e): e is ParsedDelegation => e.type === 'delegation')) {
    const resolved = people.resolve(delegation.person)
    const bad = delegationProblem(delegation)
    if (bad || resolved.kind !== 'member') {
      const reason =
        bad ?? (resolved.kind === 'skip' ? resolved.reason : 'A delegation needs a person; it has none.')
      entry(delegation, 'skip', reason, resolved.key)
      continue
    }
    const current = currentDelegation(db, delegation.id)
    if (current?.deletedAt) {
      entry(
        delegation,
        'skip',
        'It is in the trash in Leap: restore it there to import this note.',
        resolved.key
      )
      continue
    }
    const changes = delegation.changes.map((c) => ({
      c,
      state: childState(db, 'authority_changes', c.id, delegation.id, c)
    }))
    const checkins = delegation.checkins.map((c) => ({
      c,
      state: childState(db, 'checkins', c.id, delegation.id, c)
    }))
    if ([...changes, ...checkins].some(({ state }) => state === 'elsewhere')) {
      entry(
        delegation,
        'skip',
        'A check-in or level change in it belongs to another delegation in Leap.',
        resolved.key
      )
      continue
    }
    const memberId = resolved.id
    delegationTitles.set(memberId, [
      ...(delegationTitles.get(memberId) ?? []),
      { id: delegation.id, title: delegation.title }
    ])
    importedDelegations.add(delegation.id)
    // A goal the journal will not hold for this person is no goal: comparing with it would update forever.
    const served =
      delegation.goalId !== null &&
      (importedGoals.has(`${memberId} ${delegation.goalId}`) || liveGoalOf(db, delegation.goalId, memberId))
    const note = { ...delegation, goalId: served ? delegation.goalId : null }
    const same = current && sameDelegation(current, note, memberId)
    const children = [...changes, ...checkins].filter(({ state }) => state !== 'unchanged')
    const outcome: Outcome = !current ? 'create' : same && children.length === 0 ? 'unchanged' : 'update'
    entry(delegation, outcome, null, resolved.key)
    if (outcome === 'unchanged') continue
    delegationWrites.push((db) => {
      const stamps = stampsFor(delegation, current?.updatedAt ?? null)
      if (!same)
        writeDelegation(
          db,
          {
            ...fieldsOfDelegation(note),
            id: delegation.id,
            memberId,
            prediction: delegation.prediction,
            tags: delegation.tags
          },
          stamps,
          !current
        )
      for (const { c, state } of changes)
        if (state !== 'unchanged') writeChange(db, delegation.id, c, stampsFor(c, null), state === 'new')
      for (const { c, state } of checkins)
        if (state !== 'unchanged') writeCheckin(db, delegation.id, c, stampsFor(c, null), state === 'new')
    })
  }

  const reflections = unique.filter((e): e is ParsedReflection => e.type === 'reflection')
  people.expect(reflections.flatMap((reflection) => (reflection.person ? [reflection.person.name] : [])))
  for (const reflection of reflections) {
    const resolved = reflection.person
      ? people.resolve(reflection.person)
      : reflection.clues
        ? people.resolveClues(reflection.clues)
        : null
    if (resolved?.kind === 'skip') {
      entry(reflection, 'skip', resolved.reason, resolved.key)
      continue
    }
    const memberId = resolved?.kind === 'member' ? resolved.id : null
    const kind = memberId === null ? 'general' : (reflection.kind ?? 'one_on_one')
    const notes = [...reflection.notes]
    const delegationIds = reflection.delegations.flatMap((ref) => {
      const found = ref.id && (importedDelegations.has(ref.id) || liveDelegation(db, ref.id)) ? ref.id : null
      const byTitle = found ?? titleMatch(db, delegationTitles, memberId, ref.title)
      if (!byTitle)
        notes.push(
          `Its link to the delegation "${ref.title || ref.id}" was left out: Leap has no such delegation.`
        )
      return byTitle ? [byTitle] : []
    })
    const memberName = memberId ? (people.memberName(memberId) ?? reflection.person?.name ?? null) : null
    const title = reflection.fromLeap
      ? reflection.title
      : reflection.title || defaultTitle(kind, memberName, reflection.date)
    const parsedItems = parseItems(reflection.itemLines, memberName)
    const bad = reflectionProblem(reflection, title, parsedItems)
    if (bad) {
      entry(reflection, 'skip', bad, resolved?.key ?? null)
      continue
    }
    const current = currentReflection(db, reflection.id)
    if (current?.deletedAt) {
      entry(
        reflection,
        'skip',
        'It is in the trash in Leap: restore it there to import this note.',
        resolved?.key ?? null
      )
      continue
    }
    const row = {
      id: reflection.id,
      memberId,
      kind,
      date: reflection.date,
      title,
      body: reflection.body,
      mood: reflection.mood,
      stance: reflection.stance
    } as const
    const items = itemChanges(current?.items ?? [], parsedItems)
    // Talking points belong to a person: a general reflection has none.
    const points =
      memberId === null
        ? []
        : pointChanges(current ? currentPoints(db, memberId, row.id) : [], reflection.talkingPoints)
    const sameRow = current !== null && sameReflection(current, row, reflection.tags, delegationIds)
    const outcome: Outcome = !current
      ? 'create'
      : sameRow && items.length === 0 && points.length === 0
        ? 'unchanged'
        : 'update'
    entry(reflection, outcome, notes.length ? notes.join(' ') : null, resolved?.key ?? null)
    if (outcome === 'unchanged') continue
    reflectionWrites.push((db) => {
      const stamps = stampsFor(reflection, current?.updatedAt ?? null)
      if (!sameRow) {
        writeReflection(db, row, stamps, !current)
        writeTags(db, row.id, reflection.tags, !current)
        writeDelegationLinks(db, row.id, delegationIds, !current)
      }
      writeItems(db, { memberId, reflectionId: row.id }, items, stamps.updated)
      if (memberId !== null) writePoints(db, { memberId, reflectionId: row.id }, points, stamps.updated)
    })
  }

  const created = people.toCreate()
  const createPeople = (db: Db) => {
    const stamp = now()
    for (const { id, name } of created) {
      writePerson(db, { ...EMPTY_PERSON, id, name }, { created: stamp, updated: stamp }, true)
    }
  }
  return {
    entries,
    people: [...people.summaries.values()],
    writes: [createPeople, ...peopleWrites, ...delegationWrites, ...reflectionWrites]
  }
}

function titleOf(entity: ParsedEntity): string {
  if (entity.type === 'person' || entity.type === 'teamRow') return entity.name
  return entity.title || entity.path.slice(entity.path.lastIndexOf('/') + 1)
}

/**
 * The same id in two files: the same content counts once (both layouts exported into one folder, say); different
 * content is skipped in every file, since Leap cannot tell which one is right.
 */
function withoutDuplicates(
  entities: readonly ParsedEntity[],
  skip: (entity: ParsedEntity, reason: string) => void
): ParsedEntity[] {
  const groups = new Map<string, ParsedEntity[]>()
  for (const entity of entities) {
    const key = `${entity.type}:${entity.id}`
    groups.set(key, [...(groups.get(key) ?? []), entity])
  }
  const kept: ParsedEntity[] = []
  for (const group of groups.values()) {
    const [first, ...others] = group
    const content = (e: ParsedEntity) => JSON.stringify({ ...e, path: '' })
    if (others.every((other) => content(other) === content(first!))) {
      kept.push(first!)
      for (const other of others) skip(other, `The same as ${first!.path}, imported from there.`)
      continue
    }
    for (const entity of group) {
      const other = group.find((e) => e !== entity)!.path
      skip(
        entity,
        `${other} has the same id with different content; Leap cannot tell which is right. Keep one and import again.`
      )
    }
  }
  return kept
}
