import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { newId, now } from './rows'

/** Replaces a reflection's tags. Names are matched without regard to case; the first spelling stays. */
export function setReflectionTags(db: Db, reflectionId: string, names: readonly string[]): void {
  const unique = new Map<string, string>()
  for (const name of names) if (!unique.has(name.toLowerCase())) unique.set(name.toLowerCase(), name)
  sql(db, 'DELETE FROM reflection_tags WHERE reflection_id = ?').run(reflectionId)
  const stamp = now()
  for (const name of unique.values()) {
    sql(
      db,
      'INSERT INTO tags (id, name, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING'
    ).run(newId(), name, stamp, stamp)
    sql(
      db,
      'INSERT OR IGNORE INTO reflection_tags (reflection_id, tag_id) SELECT ?, id FROM tags WHERE name = ? COLLATE NOCASE'
    ).run(reflectionId, name)
  }
}

/** Every tag in use on a reflection that is not in the trash, most used first, for type-ahead. */
export function listTags(db: Db): { name: string; count: number }[] {
  return sql(
    db,
    `SELECT t.name, count(*) AS count FROM tags t
     JOIN reflection_tags rt ON rt.tag_id = t.id
     JOIN reflections r ON r.id = rt.reflection_id AND r.deleted_at IS NULL
     GROUP BY t.id ORDER BY count DESC, t.name COLLATE NOCASE`
  ).all() as { name: string; count: number }[]
}

/** SQL for a reflection's tag names as a JSON array, sorted; used inside SELECTs over `reflections r`. */
export const tagsJsonColumn = `(SELECT json_group_array(name) FROM (
    SELECT t.name FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id
    WHERE rt.reflection_id = r.id ORDER BY t.name COLLATE NOCASE)) AS tagsJson`
