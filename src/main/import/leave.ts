import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ExportLeave } from '../export/markdown'
import { plainText, unescapePlain } from '../export/markdown'
import type { SectionIn } from '../export/noteFormat'
import { newId } from '../journal/rows'

const AWAY = /^- Away (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})(?:: (.*))?$/u
const SKIP = /^- Skipped (\d{4}-\d{2}-\d{2}): (.+)$/u

/** The time away and skipped one-on-ones a person's note lists (lines of another shape are left out). */
export function leaveOf(sections: readonly SectionIn[]): ExportLeave | null {
  const section = sections.find((s) => s.key === 'leave')
  if (!section) return null
  const leave: ExportLeave = { away: [], skips: [] }
  for (const line of section.content.split('\n')) {
    const away = AWAY.exec(line)
    if (away && away[2]! >= away[1]!)
      leave.away.push({ startsOn: away[1]!, endsOn: away[2]!, note: away[3] ? unescapePlain(away[3]) : null })
    const skip = SKIP.exec(line)
    if (skip) leave.skips.push({ date: skip[1]!, reason: unescapePlain(skip[2]!) })
  }
  return leave
}

// Texts as the export writes them: spacing it cannot keep does not make an entry new.
const awayKey = (a: ExportLeave['away'][number]) => `${a.startsOn} ${a.endsOn} ${plainText(a.note ?? '')}`
const skipKey = (s: ExportLeave['skips'][number]) => `${s.date} ${plainText(s.reason)}`

/** What a note adds: entries the journal does not hold yet. Entries it no longer lists are kept. */
export function newLeave(db: Db, memberId: string | null, leave: ExportLeave | null): ExportLeave {
  if (leave === null) return { away: [], skips: [] }
  const away =
    memberId === null
      ? []
      : (sql(
          db,
          `SELECT starts_on AS startsOn, ends_on AS endsOn, note FROM away_periods WHERE member_id = ? AND deleted_at IS NULL`
        ).all(memberId) as ExportLeave['away'])
  const skips =
    memberId === null
      ? []
      : (sql(db, `SELECT date, reason FROM one_on_one_skips WHERE member_id = ? AND deleted_at IS NULL`).all(
          memberId
        ) as ExportLeave['skips'])
  const held = new Set([...away.map(awayKey), ...skips.map(skipKey)])
  return {
    away: leave.away.filter((a) => !held.has(awayKey(a))),
    skips: leave.skips.filter((s) => !held.has(skipKey(s)))
  }
}

/** Adds them, in the note's order, one millisecond apart. */
export function writeLeave(db: Db, memberId: string, { away, skips }: ExportLeave, at: string): void {
  const base = Date.parse(at)
  const stamp = (i: number) => new Date(base + i).toISOString()
  away.forEach((a, i) =>
    sql(
      db,
      `INSERT INTO away_periods (id, member_id, starts_on, ends_on, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`
    ).run(newId(), memberId, a.startsOn, a.endsOn, a.note, stamp(i), stamp(i))
  )
  skips.forEach((s, i) =>
    sql(
      db,
      `INSERT INTO one_on_one_skips (id, member_id, date, reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`
    ).run(newId(), memberId, s.date, s.reason, stamp(away.length + i), stamp(away.length + i))
  )
}
