import type { Member } from '../../../../shared/domain/member'
import { navigate } from '../../lib/router'
import { exportFromHere } from '../export/export-store'

/**
 * What the command palette can do besides search. One list: add a command by adding an entry (export,
 * backup... live with their features and are appended here).
 */
export interface PaletteCommand {
  id: string
  label: string
  /** Other words a user might type for it. */
  keywords: string[]
  /** Shown beside the label, e.g. "Ctrl+N". */
  shortcut?: string
  run: () => void
}

export const commands: PaletteCommand[] = [
  { id: 'go.team', label: 'Go to Team', keywords: ['members', 'people'], run: () => navigate('/team') },
  {
    id: 'go.delegations',
    label: 'Go to Delegations',
    keywords: ['delegate', 'authority'],
    run: () => navigate('/delegations')
  },
  {
    id: 'go.journal',
    label: 'Go to Journal',
    keywords: ['reflections', 'entries'],
    run: () => navigate('/journal')
  },
  {
    id: 'go.actions',
    label: 'Go to Action items',
    keywords: ['todo', 'open', 'follow up'],
    run: () => navigate('/actions')
  },
  {
    id: 'go.trash',
    label: 'Go to Trash',
    keywords: ['deleted', 'restore', 'undo'],
    run: () => navigate('/trash')
  },
  {
    id: 'new.reflection',
    label: 'New general reflection',
    keywords: ['write', 'journal', 'entry'],
    run: () => navigate('/journal/new')
  },
  {
    id: 'new.delegation',
    label: 'New delegation',
    keywords: ['delegate', 'hand over'],
    run: () => navigate('/delegations/new')
  },
  {
    id: 'export.markdown',
    label: 'Export to markdown',
    keywords: ['obsidian', 'backup', 'save', 'files'],
    shortcut: 'Ctrl+E',
    run: exportFromHere
  }
]

/** A command per member: type part of a name to go to them or start a one-on-one. */
export function memberCommands(members: readonly Member[]): PaletteCommand[] {
  return members.flatMap((member) => [
    {
      id: `member.${member.id}`,
      label: `Go to ${member.name}`,
      keywords: ['member', 'person', member.role ?? '', member.team ?? ''],
      run: () => navigate(`/team/${member.id}`)
    },
    {
      id: `one-on-one.${member.id}`,
      label: `New one-on-one with ${member.name}`,
      keywords: ['1:1', 'meeting', 'reflection'],
      run: () => navigate(`/one-on-one/${member.id}`)
    }
  ])
}

const separators = /[^\p{L}\p{N}:]+/u
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** Commands whose label or keywords have a word starting with each word typed (case and accents ignored). */
export function matchCommands(list: readonly PaletteCommand[], text: string): PaletteCommand[] {
  const typed = fold(text).split(separators).filter(Boolean)
  if (typed.length === 0) return [...list]
  return list.filter((command) => {
    const words = fold([command.label, ...command.keywords].join(' ')).split(separators)
    return typed.every((part) => words.some((word) => word.startsWith(part)))
  })
}
