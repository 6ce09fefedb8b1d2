import type { Db } from '../../src/main/db/open'
import { createRandom, type Random } from './random'
import { seedLoop } from './seed-loop'
import { body, createVocabulary, sentence, type Vocabulary } from './vocabulary'

/** The last day a seeded journal has entries on, unless told otherwise. */
export const SEED_UNTIL = '2026-06-30'

export interface SeedOptions {
  reflections: number
  seed?: number
  /** The last day entries are written on; the journal goes back about ten years from it. */
  until?: string
}

export interface SeedCounts {
  members: number
  delegations: number
  checkins: number
  reflections: number
  actionItems: number
  talkingPoints: number
  goals: number
}

const firstNames = [
  'Ana',
  'Ben',
  'Chloé',
  'Dev',
  'Émile',
  'Fatima',
  'Grégoire',
  'Hana',
  'Ibrahim',
  'Jürgen',
  'Kofi',
  'Léa',
  'Mateo',
  'Noor',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Søren',
  'Tomás',
  'Uma',
  'Valentina',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zoë'
]
const lastNames = [
  'Lima',
  'Okafor',
  'Martin',
  'Patel',
  'Nguyễn',
  'Schmidt',
  'García',
  'Kowalski',
  'Tanaka',
  'Ørsted',
  'Haddad',
  'Silva',
  'Dubois',
  'Müller',
  'Andersson'
]
const roles = [
  'Engineer',
  'Senior engineer',
  'Staff engineer',
  'Product designer',
  'Product manager',
  'Data analyst',
  'Engineering manager',
  'QA engineer'
]
const teams = ['Payments', 'Checkout', 'Platform', 'Mobile', 'Growth', 'Data']
const signals = ['on_track', 'at_risk', 'blocked', 'struggling'] as const
const responses = ['held_back', 'asked_questions', 'provided_resources', 'stepped_in', 'took_back'] as const
const statuses = ['planned', 'active', 'done', 'handed_back', 'cancelled'] as const

const DAY = 86_400_000
const TEN_YEARS_DAYS = 3652

/**
 * A realistic synthetic journal, written with SQL in one transaction per table (the FTS triggers index it
 * as it goes). The same options give the same journal, ids included.
 */
export function seedJournal(db: Db, options: SeedOptions): SeedCounts {
  const random = createRandom(options.seed ?? 1)
  const vocabulary = createVocabulary(random)
  const until = Date.parse(`${options.until ?? SEED_UNTIL}T00:00:00Z`)
  const dayAt = (offset: number) =>
    new Date(until - (TEN_YEARS_DAYS - offset) * DAY).toISOString().slice(0, 10)
  const stampOf = (day: string) => `${day}T17:30:00.000Z`

  const memberCount = Math.min(120, Math.max(8, Math.round(options.reflections / 500)))
  const members = Array.from({ length: memberCount }, (_, i) => ({
    id: random.uuid(),
    name: `${firstNames[i % firstNames.length]} ${lastNames[(i * 7 + Math.floor(i / firstNames.length)) % lastNames.length]}`,
    startOffset: random.int(0, TEN_YEARS_DAYS - 200)
  }))
  const insertMember = db.prepare(`INSERT INTO members (id, name, role, team, email, start_date, strengths,
    growth_areas, aspirations, notes, cadence_days, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  db.transaction(() => {
    for (const m of members) {
      const day = dayAt(m.startOffset)
      insertMember.run(
        m.id,
        m.name,
        random.pick(roles),
        random.pick(teams),
        `${m.name.split(' ')[0]!.toLowerCase()}@example.com`,
        day,
        sentence(random, vocabulary),
        sentence(random, vocabulary),
        sentence(random, vocabulary),
        body(random, vocabulary, random.int(20, 120)),
        random.pick([7, 14, 14, 21, 28]),
        stampOf(day),
        stampOf(day)
      )
    }
  })()

  const delegations = seedDelegations(db, random, vocabulary, members, options.reflections, dayAt, stampOf)
  const checkins = seedCheckins(db, random, vocabulary, delegations, dayAt, stampOf)
  const { reflections, actionItems } = seedReflections(
    db,
    random,
    vocabulary,
    members,
    options.reflections,
    dayAt,
    stampOf
  )
  const { talkingPoints } = seedLoop(db, random, vocabulary, members, options.until ?? SEED_UNTIL, stampOf)
  const goals = seedGoals(db, random, vocabulary, members, dayAt, stampOf)
  // Last, so the rows above stay exactly what they were before feedback was seeded.
  seedFeedback(db, random, vocabulary, members, options.reflections, dayAt, stampOf)
  return {
    members: members.length,
    delegations: delegations.length,
    checkins,
    reflections,
    actionItems,
    talkingPoints,
    goals
  }
}

const goalStatuses = ['active', 'active', 'achieved', 'dropped'] as const

/**
 * Two or three growth goals a person, written last so the rest of the journal is the same as before goals
 * existed; about a third of a person's delegations serve their first goal.
 */
function seedGoals(
  db: Db,
  random: Random,
  vocabulary: Vocabulary,
  members: Member[],
  dayAt: DayAt,
  stampOf: (day: string) => string
): number {
  const insert = db.prepare(`INSERT INTO goals (id, member_id, title, why, status, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`)
  const serve = db.prepare(`UPDATE delegations SET goal_id = ? WHERE member_id = ? AND rowid % 3 = 0`)
  let count = 0
  db.transaction(() => {
    for (const member of members) {
      const goals = random.int(2, 3)
      for (let i = 0; i < goals; i += 1) {
        const id = random.uuid()
        const stamp = stampOf(dayAt(random.int(member.startOffset, TEN_YEARS_DAYS - 1)))
        insert.run(
          id,
          member.id,
          sentence(random, vocabulary, random.int(3, 6)).slice(0, -1),
          random.int(0, 3) === 0 ? null : sentence(random, vocabulary),
          random.pick(goalStatuses),
          stamp,
          stamp
        )
        if (i === 0) serve.run(id, member.id)
        count += 1
      }
    }
  })()
  return count
}

/** Feedback given, one for every ten reflections, about one in three a redirect, from each person's start on. */
function seedFeedback(
  db: Db,
  random: Random,
  vocabulary: Vocabulary,
  members: Member[],
  reflections: number,
  dayAt: DayAt,
  stampOf: (day: string) => string
): void {
  const insert =
    db.prepare(`INSERT INTO feedback (id, member_id, kind, situation, behaviour, impact, response,
    given_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  db.transaction(() => {
    for (let i = Math.round(reflections / 10); i > 0; i -= 1) {
      const member = random.pick(members)
      const day = dayAt(random.int(member.startOffset, TEN_YEARS_DAYS))
      insert.run(
        random.uuid(),
        member.id,
        random.next() < 0.35 ? 'redirect' : 'praise',
        sentence(random, vocabulary),
        sentence(random, vocabulary, random.int(6, 20)),
        sentence(random, vocabulary),
        random.next() < 0.6 ? sentence(random, vocabulary) : null,
        day,
        stampOf(day),
        stampOf(day)
      )
    }
  })()
}

type Member = { id: string; name: string; startOffset: number }
type DayAt = (offset: number) => string

function seedDelegations(
  db: Db,
  random: Random,
  vocabulary: Vocabulary,
  members: Member[],
  reflections: number,
  dayAt: DayAt,
  stampOf: (day: string) => string
) {
  const count = Math.max(10, Math.round(reflections / 20))
  const insert = db.prepare(`INSERT INTO delegations (id, member_id, title, responsibility, why_this_person,
    success_criteria, authority_level, resources, constraints_text, rescue_trigger, checkin_every_days, status,
    started_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const ladder = db.prepare(`INSERT INTO authority_changes (id, delegation_id, from_level, to_level, reason,
    changed_on, created_at, updated_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)`)
  const made: { id: string; startOffset: number }[] = []
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const member = random.pick(members)
      const startOffset = random.int(member.startOffset, TEN_YEARS_DAYS - 1)
      const day = dayAt(startOffset)
      const id = random.uuid()
      const level = random.int(1, 7)
      const criteria = JSON.stringify(
        Array.from({ length: random.int(1, 3) }, () => sentence(random, vocabulary, 6))
      )
      insert.run(
        id,
        member.id,
        sentence(random, vocabulary, random.int(3, 7)).slice(0, -1),
        body(random, vocabulary, random.int(20, 80)),
        sentence(random, vocabulary),
        criteria,
        level,
        sentence(random, vocabulary),
        sentence(random, vocabulary),
        `I step in only if ${sentence(random, vocabulary, 8)}`,
        random.pick([7, 14, 21]),
        random.pick(statuses),
        day,
        stampOf(day),
        stampOf(day)
      )
      ladder.run(random.uuid(), id, level, 'Starting level', day, stampOf(day), stampOf(day))
      made.push({ id, startOffset })
    }
  })()
  return made
}

function seedCheckins(
  db: Db,
  random: Random,
  vocabulary: Vocabulary,
  delegations: { id: string; startOffset: number }[],
  dayAt: DayAt,
  stampOf: (day: string) => string
): number {
  const insert = db.prepare(`INSERT INTO checkins (id, delegation_id, date, progress, signal, struggles,
    leader_response, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  let count = 0
  db.transaction(() => {
    for (const delegation of delegations) {
      for (let n = random.int(1, 7), offset = delegation.startOffset; n > 0; n -= 1) {
        offset = Math.min(TEN_YEARS_DAYS, offset + random.int(5, 21))
        const day = dayAt(offset)
        insert.run(
          random.uuid(),
          delegation.id,
          day,
          body(random, vocabulary, random.int(10, 60)),
          random.pick(signals),
          sentence(random, vocabulary),
          random.pick(responses),
          sentence(random, vocabulary),
          stampOf(day),
          stampOf(day)
        )
        count += 1
      }
    }
  })()
  return count
}

function seedReflections(
  db: Db,
  random: Random,
  vocabulary: Vocabulary,
  members: Member[],
  count: number,
  dayAt: DayAt,
  stampOf: (day: string) => string
) {
  const insert = db.prepare(`INSERT INTO reflections (id, member_id, kind, date, title, body, mood, stance,
    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const item =
    db.prepare(`INSERT INTO action_items (id, member_id, reflection_id, owner, text, due_date, status,
    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  let actionItems = 0
  // Written in date order, as a journal is: row order then follows time, which search ranking relies on.
  const offsets = Array.from({ length: count }, () => random.int(0, TEN_YEARS_DAYS)).sort((a, b) => a - b)
  const batch = 2000
  for (let start = 0; start < count; start += batch) {
    db.transaction(() => {
      for (const offset of offsets.slice(start, start + batch)) {
        const day = dayAt(offset)
        const general = random.next() < 0.15
        const member = general ? null : random.pick(members)
        const id = random.uuid()
        const title = general
          ? sentence(random, vocabulary, random.int(3, 7)).slice(0, -1)
          : `One-on-one with ${member!.name.split(' ')[0]}: ${vocabulary.word()} and ${vocabulary.word()}`
        insert.run(
          id,
          member?.id ?? null,
          general ? 'general' : 'one_on_one',
          day,
          title,
          body(random, vocabulary, random.logUniform(100, 2000)),
          general ? null : random.int(1, 5),
          random.int(1, 5),
          stampOf(day),
          stampOf(day)
        )
        for (let n = member ? random.int(0, 3) : 0; n > 0; n -= 1) {
          item.run(
            random.uuid(),
            member!.id,
            id,
            random.pick(['me', 'them']),
            sentence(random, vocabulary, random.int(4, 12)),
            dayAt(Math.min(TEN_YEARS_DAYS, offset + 14)),
            random.next() < 0.8 ? 'done' : 'open',
            stampOf(day),
            stampOf(day)
          )
          actionItems += 1
        }
      }
    })()
  }
  return { reflections: count, actionItems }
}
