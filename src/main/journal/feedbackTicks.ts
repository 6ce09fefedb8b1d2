import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { now } from './rows'

/**
 * A talking point ticked as discussed delivers its feedback on the one-on-one's day; unticked, the feedback
 * is to deliver again (their response stays written). Called inside the tick's transaction.
 */
export function followDiscussion(db: Db, talkingPointId: string, reflectionDate: string | null): void {
  sql(
    db,
    `UPDATE feedback SET given_on = ?, updated_at = ?
     WHERE talking_point_id = ? AND deleted_at IS NULL AND (given_on IS NULL) = (? IS NOT NULL)`
  ).run(reflectionDate, now(), talkingPointId, reflectionDate)
}
