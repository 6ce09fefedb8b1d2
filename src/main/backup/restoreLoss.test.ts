import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMember, updateMember } from '../journal/members'
import { createReflection } from '../journal/reflections'
import { moveToTrash } from '../journal/trash'
import { purgeTrash } from '../trash/purge'
import { tempSession } from '../testing/tempJournal'
import { restoreLoss } from './restoreLoss'

const none = { members: 0, reflections: 0, delegations: 0, checkins: 0, actionItems: 0 }

describe('what a restore would change', () => {
  it('counts entries written, changed and trashed since the backup, by id and version', async () => {
    const { session } = tempSession()
    const db = session.journal!.db
    const ana = createMember(db, { name: 'Ana Lima' })
    const ben = createMember(db, { name: 'Ben Okafor' })
    const { reflection } = createReflection(db, { kind: 'general', date: '2026-11-20', body: 'Before' })
    const backup = join(session.backupDir, (await session.backup('manual')).name)
    expect(restoreLoss(db, backup)).toEqual({ written: none, changed: none, trashed: none })

    createReflection(db, { kind: 'general', date: '2026-11-21', body: 'After' })
    // Written and trashed since: the backup never held it, so the restore neither loses nor brings it back.
    const { reflection: gone } = createReflection(db, { kind: 'general', date: '2026-11-22', body: 'Gone' })
    moveToTrash(db, 'reflection', gone.id)
    updateMember(db, { id: ana.id, role: 'Staff engineer' })
    moveToTrash(db, 'reflection', reflection.id)
    moveToTrash(db, 'member', ben.id)
    // Purged from the trash since: the backup still holds it, so it comes back too.
    purgeTrash(db, new Date(Date.now() + 400 * 86_400_000), 30)

    expect(restoreLoss(db, backup)).toEqual({
      written: { ...none, reflections: 1 },
      changed: { ...none, members: 1 },
      trashed: { ...none, members: 1, reflections: 1 }
    })
  })
})
