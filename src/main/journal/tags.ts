import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { REFLECTIONS_IN_TRASH, newId, now } from './rows'

/** What carries tags: its table of links and the column naming it there. */
const TAGGED = {
  reflection: { links: 'reflection_tags', column: 'reflection_id' },
  delegation: { links: 'delegation_tags', column: 'delegation_id' }
} as const

/** Replaces an entry's tags. Names are matched without regard to case; the first spelling stays. */
export function setTags(db: Db, kind: keyof typeof TAGGED, id: string, names: readonly string[]): void {
  const { links, column } = TAGGED[kind]
  const unique = new Map<string, string>()
  for (const name of names) if (!unique.has(name.toLowerCase())) unique.set(name.toLowerCase(), name)
  sql(db, `DELETE FROM ${links} WHERE ${column} = ?`).run(id)
  const stamp = now()
  for (const name of unique.values()) {
    sql(
      db,
      'INSERT INTO tags (id, name, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING'
    ).run(newId(), name, stamp, stamp)
    sql(
      db,
      `INSERT OR IGNORE INTO ${links} (${column}, tag_id) SELECT ?, id FROM tags WHERE name = ? COLLATE NOCASE`
    ).run(id, name)
  }
}

export const setReflectionTags = (db: Db, reflectionId: string, names: readonly string[]) =>
  setTags(db, 'reflection', reflectionId, names)

/**
 * Every tag in use on a reflection or a delegation not in the trash, most used first, for type-ahead. The trash's
 * reflections come from its index (REFLECTIONS_IN_TRASH): 7.5-11 -> 2.7-3.1 ms with 4,900 tagged reflections.
 */
export function listTags(db: Db): { name: string; count: number }[] {
  return sql(
    db,
    `SELECT t.name, count(*) AS count FROM tags t
     JOIN (SELECT rt.tag_id FROM reflection_tags rt WHERE rt.reflection_id NOT IN ${REFLECTIONS_IN_TRASH}
           UNION ALL
           SELECT dt.tag_id FROM delegation_tags dt
             JOIN delegations d ON d.id = dt.delegation_id AND d.deleted_at IS NULL) used ON used.tag_id = t.id
     GROUP BY t.id ORDER BY count DESC, t.name COLLATE NOCASE`
  ).all() as { name: string; count: number }[]
}

/** SQL for a reflection's tag names as a JSON array, sorted; used inside SELECTs over `reflections r`. */
export const tagsJsonColumn = `(SELECT json_group_array(name) FROM (
    SELECT t.name FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id
    WHERE rt.reflection_id = r.id ORDER BY t.name COLLATE NOCASE)) AS tagsJson`
