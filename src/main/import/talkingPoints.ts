import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { plainText, unescapePlain } from '../export/markdown'
import type { SectionIn } from '../export/noteFormat'
import { localDayOf } from '../journal/localDay'
import { REFLECTIONS_IN_TRASH, newId } from '../journal/rows'

/** A talking point as Leap's note lists it: `- text (mine, jotted 2026-11-10)`. */
export interface ParsedPoint {
  text: string
  owner: 'me' | 'them'
  /** Null for a line written by hand without Leap's suffix: it is jotted on the day of the import. */
  jottedOn: string | null
}

const LINE = /^- (.*) \((mine|theirs), jotted (\d{4}-\d{2}-\d{2})\)$/u

/** The points of the talking-points section Leap wrote; null when the note has none. */
export function talkingPointsOf(sections: readonly SectionIn[]): ParsedPoint[] | null {
  const section = sections.find((s) => s.key === 'talking-points')
  if (!section) return null
  return section.content
    .split('\n')
    .filter((line) => /^[-*] \S/u.test(line))
    .map((line) => {
      const point = LINE.exec(line)
      if (point)
        return {
          text: unescapePlain(point[1]!),
          owner: point[2] === 'mine' ? 'me' : 'them',
          jottedOn: point[3]!
        }
      return { text: unescapePlain(line.slice(2).trim()), owner: 'me', jottedOn: null }
    })
}

interface CurrentPoint {
  id: string
  text: string
  owner: 'me' | 'them'
  jottedOn: string
}

/**
 * A person's open points (`reflectionId` null: with those whose reflection is in the trash, which read as
 * open) or those discussed in a reflection, as the export lists them.
 */
export function currentPoints(db: Db, memberId: string, reflectionId: string | null): CurrentPoint[] {
  return sql(
    db,
    `SELECT t.id, t.text, t.owner, t.jotted_on AS jottedOn FROM talking_points t
     WHERE t.member_id = @memberId AND t.deleted_at IS NULL AND (t.reflection_id IS @reflectionId
       OR (@reflectionId IS NULL AND t.reflection_id IN ${REFLECTIONS_IN_TRASH}))
     ORDER BY t.jotted_on, t.created_at, t.id`
  ).all({ memberId, reflectionId }) as CurrentPoint[]
}

export interface PointChange {
  id: string | null
  point: ParsedPoint
}

/**
 * As for action items: a point with the same text (as the export writes it) is updated where its owner or day
 * changed, a new text is a new point, and a point the note no longer lists is kept.
 */
export function pointChanges(
  current: readonly CurrentPoint[],
  points: readonly ParsedPoint[] | null
): PointChange[] {
  if (points === null) return []
  const unmatched = [...current]
  const changes: PointChange[] = []
  for (const point of points) {
    const index = unmatched.findIndex((c) => plainText(c.text) === plainText(point.text))
    if (index < 0) {
      changes.push({ id: null, point })
      continue
    }
    const [match] = unmatched.splice(index, 1)
    if (match!.owner !== point.owner || (point.jottedOn !== null && match!.jottedOn !== point.jottedOn))
      changes.push({ id: match!.id, point })
  }
  return changes
}

/** Writes the changes; new points keep the file's order, one millisecond apart, discussed at `at` if linked. */
export function writePoints(
  db: Db,
  owner: { memberId: string; reflectionId: string | null },
  changes: readonly PointChange[],
  at: string
): void {
  const base = Date.parse(at)
  changes.forEach(({ id, point }, i) => {
    const stamp = new Date(base + i).toISOString()
    const jottedOn = point.jottedOn ?? localDayOf(stamp)
    if (id === null) {
      sql(
        db,
        `INSERT INTO talking_points (id, member_id, owner, text, jotted_on, reflection_id, discussed_at, created_at,
           updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
      ).run(
        newId(),
        owner.memberId,
        point.owner,
        point.text,
        jottedOn,
        owner.reflectionId,
        owner.reflectionId === null ? null : stamp,
        stamp,
        stamp
      )
    } else {
      sql(
        db,
        `UPDATE talking_points SET owner = ?, jotted_on = coalesce(?, jotted_on), updated_at = ? WHERE id = ?`
      ).run(point.owner, point.jottedOn, stamp, id)
    }
  })
}
