import type { Db } from '../../src/main/db/open'
import type { Random } from './random'
import { sentence, type Vocabulary } from './vocabulary'

const DAY = 86_400_000
const dayAfter = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)

/**
 * The one-on-one loop around the seeded reflections: a talking point discussed in about a third of the
 * one-on-ones (jotted a few days before), one to three still open per person, a week or two away now and then,
 * and a skipped one-on-one a year or so. Deterministic: ids and texts come from `random`.
 */
export function seedLoop(
  db: Db,
  random: Random,
  vocabulary: Vocabulary,
  members: { id: string }[],
  until: string,
  stampOf: (day: string) => string
): { talkingPoints: number } {
  const oneOnOnes = db
    .prepare(
      `SELECT id, member_id AS memberId, date FROM reflections WHERE kind = 'one_on_one' ORDER BY rowid`
    )
    .all() as { id: string; memberId: string; date: string }[]
  const point = db.prepare(`INSERT INTO talking_points (id, member_id, owner, text, jotted_on, reflection_id,
    discussed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const away = db.prepare(`INSERT INTO away_periods (id, member_id, starts_on, ends_on, note, created_at,
    updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
  const skip = db.prepare(`INSERT INTO one_on_one_skips (id, member_id, date, reason, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)`)
  let talkingPoints = 0
  db.transaction(() => {
    for (const reflection of oneOnOnes) {
      if (random.next() >= 1 / 3) continue
      const jotted = dayAfter(reflection.date, -random.int(1, 6))
      const text = sentence(random, vocabulary, random.int(4, 12))
      const owner = random.pick(['me', 'them'])
      point.run(
        random.uuid(),
        reflection.memberId,
        owner,
        text,
        jotted,
        reflection.id,
        stampOf(reflection.date),
        stampOf(jotted),
        stampOf(reflection.date)
      )
      talkingPoints += 1
    }
    for (const member of members) {
      for (let n = random.int(1, 3); n > 0; n -= 1) {
        const jotted = dayAfter(until, -random.int(0, 20))
        const text = sentence(random, vocabulary, random.int(4, 12))
        point.run(
          random.uuid(),
          member.id,
          random.pick(['me', 'them']),
          text,
          jotted,
          null,
          null,
          stampOf(jotted),
          stampOf(jotted)
        )
        talkingPoints += 1
      }
      for (let n = random.int(2, 8); n > 0; n -= 1) {
        const starts = dayAfter(until, -random.int(10, 3000))
        const ends = dayAfter(starts, random.int(3, 15))
        away.run(
          random.uuid(),
          member.id,
          starts,
          ends,
          random.next() < 0.5 ? 'Holiday' : null,
          stampOf(starts),
          stampOf(starts)
        )
      }
      for (let n = random.int(1, 6); n > 0; n -= 1) {
        const day = dayAfter(until, -random.int(1, 3000))
        skip.run(
          random.uuid(),
          member.id,
          day,
          sentence(random, vocabulary, random.int(3, 8)),
          stampOf(day),
          stampOf(day)
        )
      }
    }
  })()
  return { talkingPoints }
}
