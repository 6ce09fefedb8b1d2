import type { Db } from '../db/open'
import { createReflection } from '../journal/reflections'
import {
  changeAuthorityLevel,
  closeDelegation,
  createDelegation,
  updateDelegation
} from '../journal/delegations'
import { createCheckin } from '../journal/checkins'
import type { LeaderResponse } from '../../shared/domain/delegationVocabulary'
import { moveToTrash } from '../journal/trash'

/** The day every insights test is run on: Friday 27 November 2026. */
export const TODAY = '2026-11-27'

/** A hand-made journal, one call per entry, for insights tests with known answers. */
export function journalWriter(db: Db) {
  return {
    reflect(
      date: string,
      fields: { memberId?: string; stance?: number; mood?: number; general?: boolean; trashed?: boolean } = {}
    ) {
      const kind = fields.memberId && !fields.general ? 'one_on_one' : 'general'
      const { id } = createReflection(db, {
        kind,
        memberId: fields.memberId ?? null,
        date,
        stance: fields.stance ?? null,
        mood: fields.mood ?? null
      }).reflection
      if (fields.trashed) moveToTrash(db, 'reflection', id)
      return id
    },
    delegate(memberId: string, level: number, startedOn: string, title = `At ${level} from ${startedOn}`) {
      return createDelegation(db, { memberId, title, authorityLevel: level, status: 'active', startedOn }).id
    },
    raise(id: string, toLevel: number, changedOn: string) {
      changeAuthorityLevel(db, { id, toLevel, reason: 'Ready for more', changedOn })
    },
    close(id: string, status: 'done' | 'handed_back' | 'cancelled', completedOn: string) {
      if (status === 'cancelled') updateDelegation(db, { id, status })
      else closeDelegation(db, { id, status, completedOn })
    },
    checkin(delegationId: string, date: string, leaderResponse: LeaderResponse) {
      createCheckin(db, { delegationId, date, signal: 'on_track', leaderResponse })
    }
  }
}
