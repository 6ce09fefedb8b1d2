import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ExportSettings } from '../../shared/domain/export'
import { runExport } from '../export/exportJournal'
import { createDelegation } from '../journal/delegations'
import { createGoal } from '../journal/goals'
import { createMember } from '../journal/members'
import { createReflection } from '../journal/reflections'
import { moveToTrash } from '../journal/trash'
import { eachTempJournal, tempDir } from '../testing/tempJournal'
import { goalsOf } from './goals'
import { applyImport, readMarkdown } from './importFolder'

const settings: ExportSettings = {
  layout: 'per_reflection',
  obsidianLinks: false,
  onConflict: 'keep_both',
  includeExportedAt: false,
  privateFiles: true,
  includePredictions: true
}

const ID = 'aaaaaaaa-0000-4000-8000-000000000001'
const section = (content: string, data: Record<string, unknown> | null = { id: ID, status: 'achieved' }) => ({
  key: 'goal',
  data,
  content
})

describe("growth goals read back from a person's note", () => {
  it('takes the title from the heading without its status, and the text below as why', () => {
    expect(goalsOf([section('### Achieved: Active: lead a \\*review\\*\n\nBecause she asked.')])).toEqual([
      {
        id: ID,
        title: 'Active: lead a *review*',
        why: 'Because she asked.',
        status: 'achieved',
        createdAt: null,
        updatedAt: null
      }
    ])
  })

  it('is null without goals, and refuses a goal that lost its data or its title, saying which', () => {
    expect(goalsOf([])).toBeNull()
    expect(goalsOf([section('### Active: Lead', null)])).toEqual({
      reason: 'A growth goal in it has lost its data: export the person again.'
    })
    expect(goalsOf([section('### Active: ')])).toEqual({
      reason: 'A growth goal in it has no title, or one over 200 characters.'
    })
  })
})

describe('a delegation serving a goal, imported again', () => {
  const journal = eachTempJournal()
  const out = tempDir('leap-goals-')
  afterAll(() => out.cleanup())

  it('changes nothing when its goal has gone to the trash since the export', () => {
    const db = journal.db
    const ana = createMember(db, { name: 'Ana' }).id
    const goal = createGoal(db, { memberId: ana, title: 'Lead a review' })
    createDelegation(db, { memberId: ana, title: 'Chair it', authorityLevel: 4, goalId: goal.id })
    // An export with no reflection writes nothing.
    createReflection(db, { kind: 'one_on_one', memberId: ana, date: '2026-11-20', body: 'Notes' })
    const folder = join(out.dir, 'export')
    mkdirSync(folder)
    runExport({ db, folder, scope: { kind: 'all' }, settings })
    moveToTrash(db, 'goal', goal.id)
    const result = applyImport(db, readMarkdown(folder))
    expect(result.entries.map((entry) => [entry.title, entry.outcome])).toContainEqual([
      'Chair it',
      'unchanged'
    ])
    expect(result.counts).toMatchObject({ create: 0, update: 0, skip: 0 })
  })
})
