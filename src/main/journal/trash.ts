import type { TrashItem } from '../../shared/domain/trash'
import type { Db } from '../db/open'
import { sql } from '../db/statements'

/** Everything in the trash, most recently deleted first. Children deleted with a parent are listed once. */
export function listTrash(db: Db): TrashItem[] {
  return sql(
    db,
    `SELECT 'member' AS kind, id, name AS title, role AS context, deleted_at AS deletedAt
       FROM members WHERE deleted_at IS NOT NULL
     UNION ALL
     SELECT 'reflection', r.id, r.title, m.name, r.deleted_at
       FROM reflections r LEFT JOIN members m ON m.id = r.member_id WHERE r.deleted_at IS NOT NULL
     UNION ALL
     SELECT 'delegation', d.id, d.title, m.name, d.deleted_at
       FROM delegations d LEFT JOIN members m ON m.id = d.member_id WHERE d.deleted_at IS NOT NULL
     UNION ALL
     SELECT 'action_item', a.id, a.text, m.name, a.deleted_at
       FROM action_items a LEFT JOIN members m ON m.id = a.member_id
       LEFT JOIN reflections r ON r.id = a.reflection_id
       WHERE a.deleted_at IS NOT NULL AND (r.id IS NULL OR r.deleted_at IS NOT a.deleted_at)
     ORDER BY deletedAt DESC`
  ).all() as TrashItem[]
}
