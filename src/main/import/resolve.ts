import type { ImportDecision } from '../../shared/domain/import'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { newId } from '../journal/rows'
import type { PersonHint } from './items'
import type { PersonClues } from './parseNote'
import { sqliteLength, storable } from './checks'
import { missingPersonKey, nameKey } from './people'

/** Where a note's person ended up: a member's id, no one (a general reflection), or not imported at all. */
export type Resolved =
  | { kind: 'member'; id: string; key: string | null }
  | { kind: 'general'; key: string | null }
  | { kind: 'skip'; key: string | null; reason: string }

interface KnownPerson {
  id: string
  name: string
  deleted: boolean
}

export interface PersonSummary {
  key: string
  name: string
  status: 'matched' | 'from_note' | 'missing'
  memberId: string | null
  entries: number
}

/**
 * Finds the people notes are about: by id (Leap's own notes), then by name among the journal's people (case and
 * accents ignored), then among the people this import brings. Names found nowhere are "missing": the user
 * decides for each to create them, map them to someone, file their notes as general, or skip them.
 */
export class People {
  private readonly byId = new Map<string, KnownPerson>()
  private readonly byName = new Map<string, string[]>()
  /** A person note's id -> the member it updates or creates. */
  private readonly aliases = new Map<string, string>()
  private readonly imported = new Map<string, string>()
  private readonly created = new Map<string, string>()
  private readonly expected = new Set<string>()
  /** Names of the people person notes bring, by the member id they become. */
  private readonly noteNames = new Map<string, string>()
  readonly summaries = new Map<string, PersonSummary>()

  constructor(
    private readonly db: Db,
    private readonly decisions: ReadonlyMap<string, ImportDecision>
  ) {
    for (const row of db
      .prepare('SELECT id, name, deleted_at AS deletedAt FROM members')
      .iterate() as Iterable<{
      id: string
      name: string
      deletedAt: string | null
    }>) {
      this.byId.set(row.id, { id: row.id, name: row.name, deleted: row.deletedAt !== null })
      if (row.deletedAt === null) {
        const key = nameKey(row.name)
        this.byName.set(key, [...(this.byName.get(key) ?? []), row.id])
      }
    }
  }

  /** A person note: the member it is (same id, else the one person of that name), or null to create it. */
  matchNote(id: string, name: string): { id: string; deleted: boolean } | null {
    const known = this.byId.get(id)
    if (known) return { id, deleted: known.deleted }
    const same = this.byName.get(nameKey(name)) ?? []
    return same.length === 1 ? { id: same[0]!, deleted: false } : null
  }

  /** Records the member a person note became, so the import's other notes find them. */
  noteResolved(noteId: string, memberId: string, name: string): void {
    this.aliases.set(noteId, memberId)
    this.noteNames.set(memberId, name)
    this.imported.set(nameKey(name), memberId)
    this.count(`id:${memberId}`, name, 'from_note', memberId, 0)
  }

  /** A person's name as the import leaves it: from their note if it brings one, else the journal's. */
  memberName(id: string): string | null {
    const created = [...this.created].find(([, createdId]) => createdId === id)
    return (
      this.noteNames.get(id) ??
      this.byId.get(id)?.name ??
      (created ? this.summaries.get(created[0])!.name : null)
    )
  }

  isLiveMember(id: string): boolean {
    const known = this.byId.get(id)
    return (known !== undefined && !known.deleted) || [...this.aliases.values()].includes(id)
  }

  resolve(hint: PersonHint): Resolved {
    if (hint.id) {
      const alias = this.aliases.get(hint.id)
      if (alias) return this.found(alias, hint.name)
      const known = this.byId.get(hint.id)
      if (known?.deleted)
        return {
          kind: 'skip',
          key: null,
          reason: `${known.name} is in the trash in Leap: restore them first.`
        }
      if (known) return this.found(known.id, known.name)
    }
    const key = nameKey(hint.name)
    const same = this.byName.get(key) ?? []
    if (same.length === 1) return this.found(same[0]!, hint.name)
    const imported = this.imported.get(key)
    if (imported) return this.found(imported, hint.name)
    return this.missing(hint.name, same.length > 1)
  }

  /** Names that notes of this import give as a `person` property: people the clues below may point at. */
  expect(names: readonly string[]): void {
    for (const name of names) this.expected.add(nameKey(name))
  }

  /**
   * Another tool's note without a person property. Its folder, when that names someone (in the journal, a
   * person's note or another note's property); else its first `[[link]]` that names someone; else the folder
   * as a new person. The same folder gives the same answer whether or not an earlier import created them.
   */
  resolveClues(clues: PersonClues): Resolved | null {
    const names = (key: string) =>
      (this.byName.get(key) ?? []).length === 1 || this.imported.has(key) || this.expected.has(key)
    for (const candidate of [clues.folder, ...clues.links]) {
      if (candidate !== null && names(nameKey(candidate))) return this.resolve({ id: null, name: candidate })
    }
    return clues.folder === null ? null : this.resolve({ id: null, name: clues.folder })
  }

  /** Counts one more entry for a person; returns the person's key for the preview. */
  private found(id: string, name: string): Resolved {
    const key = `id:${id}`
    this.count(key, this.byId.get(id)?.name ?? name, this.byId.has(id) ? 'matched' : 'from_note', id, 1)
    return { kind: 'member', id, key }
  }

  private missing(name: string, ambiguous: boolean): Resolved {
    const key = missingPersonKey(name)
    this.count(key, name, 'missing', null, 1)
    const decision = this.decisions.get(key) ?? { key, action: 'create' }
    if (decision.action === 'skip')
      return { kind: 'skip', key, reason: `You chose not to import ${name}'s notes.` }
    if (decision.action === 'general') return { kind: 'general', key }
    if (decision.action === 'map') {
      const target = this.byId.get(decision.memberId)
      if (!target || target.deleted) {
        throw new LeapError(
          'not_found',
          `The person chosen for "${name}" is no longer in the journal. Choose again.`
        )
      }
      return { kind: 'member', id: target.id, key }
    }
    const length = sqliteLength(name)
    if (length < 1 || length > 200 || !storable(name)) {
      return {
        kind: 'skip',
        key,
        reason: `Leap cannot create a person with this name (empty, over 200 characters, or with a NUL): choose someone for these notes.`
      }
    }
    if (ambiguous && !this.decisions.has(key)) {
      return {
        kind: 'skip',
        key,
        reason: `More than one person is named ${name}: choose who these notes are about.`
      }
    }
    let id = this.created.get(key)
    if (!id) this.created.set(key, (id = newId()))
    return { kind: 'member', id, key }
  }

  /** People to create for names the user chose to create (name -> new id), in the order first met. */
  toCreate(): { id: string; name: string }[] {
    return [...this.created].map(([key, id]) => ({ id, name: this.summaries.get(key)!.name }))
  }

  private count(
    key: string,
    name: string,
    status: PersonSummary['status'],
    memberId: string | null,
    entries: number
  ) {
    const summary = this.summaries.get(key)
    if (summary) summary.entries += entries
    else this.summaries.set(key, { key, name, status, memberId, entries })
  }
}
