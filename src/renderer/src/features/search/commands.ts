import type { Member } from '../../../../shared/domain/members'
import { navigate } from '../../lib/router'
import { exportFromHere } from '../export/export-store'
import { openImport } from '../import/import-store'
import { backUpNow, showDataFolder } from '../desktop/actions'
import { personPicker, shortcutsSheet } from '../desktop/flags'
import { shortcutFor } from '../desktop/keys'
import { openLoopDialog } from '../oneOnOnes/loopDialogs'
import { openSampleTeam, removeSampleTeam } from '../sample/hooks'
import { weeklyReview } from '../reviews/hooks'

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
  {
    id: 'go.team',
    shortcut: shortcutFor('go.team'),
    label: 'Go to Team',
    keywords: ['members', 'people'],
    run: () => navigate('/team')
  },
  {
    id: 'go.today',
    label: 'Today',
    keywords: ['due', 'reminders', 'prepare', 'one-on-ones', 'check-ins'],
    run: () => navigate('/team?show=today')
  },
  {
    id: 'go.delegations',
    shortcut: shortcutFor('go.delegations'),
    label: 'Go to Delegations',
    keywords: ['delegate', 'authority'],
    run: () => navigate('/delegations')
  },
  {
    id: 'go.journal',
    shortcut: shortcutFor('go.journal'),
    label: 'Go to Journal',
    keywords: ['reflections', 'entries'],
    run: () => navigate('/journal')
  },
  {
    id: 'go.actions',
    shortcut: shortcutFor('go.actions'),
    label: 'Go to Action items',
    keywords: ['todo', 'open', 'follow up'],
    run: () => navigate('/actions')
  },
  {
    id: 'go.insights',
    shortcut: shortcutFor('go.insights'),
    label: 'Go to Insights',
    keywords: ['leading', 'managing', 'charts', 'overdue'],
    run: () => navigate('/insights')
  },
  {
    id: 'go.trash',
    shortcut: shortcutFor('go.trash'),
    label: 'Go to Trash',
    keywords: ['deleted', 'restore', 'undo'],
    run: () => navigate('/trash')
  },
  {
    id: 'new.reflection',
    shortcut: shortcutFor('new.reflection'),
    label: 'New general reflection',
    keywords: ['write', 'journal', 'entry'],
    run: () => navigate('/journal/new')
  },
  {
    id: 'review.week',
    label: 'Weekly letting-go review',
    keywords: ['letting go', 'review', 'week', 'stepped in', 'reflect'],
    run: weeklyReview.open
  },
  {
    id: 'new.delegation',
    shortcut: shortcutFor('new.delegation'),
    label: 'New delegation',
    keywords: ['delegate', 'hand over'],
    run: () => navigate('/delegations/new')
  },
  // The rest of the native menu's commands (shared/desktop/appCommands.ts): the menu runs them from here.
  {
    id: 'new.oneOnOne',
    shortcut: shortcutFor('new.oneOnOne'),
    label: 'New one-on-one…',
    keywords: ['1:1', 'meeting', 'person'],
    run: personPicker.open
  },
  {
    id: 'export.open',
    shortcut: shortcutFor('export.open'),
    label: 'Export reflections…',
    keywords: ['markdown', 'obsidian', 'save', 'files'],
    run: exportFromHere
  },
  {
    id: 'import.notes',
    label: 'Import notes…',
    keywords: ['markdown', 'obsidian', 'folder', 'files', 'bring in'],
    run: () => openImport('markdown')
  },
  {
    id: 'import.team',
    label: 'Import team from CSV…',
    keywords: ['csv', 'spreadsheet', 'people', 'members', 'bring in'],
    run: () => openImport('csv')
  },
  {
    id: 'backup.now',
    shortcut: shortcutFor('backup.now'),
    label: 'Back up now',
    keywords: ['backup', 'copy', 'safe'],
    run: () => void backUpNow()
  },
  {
    id: 'data.showFolder',
    shortcut: shortcutFor('data.showFolder'),
    label: 'Show data folder',
    keywords: ['journal', 'file', 'where', 'location'],
    run: () => void showDataFolder()
  },
  {
    id: 'go.backups',
    shortcut: shortcutFor('go.backups'),
    label: 'Go to Backups',
    keywords: ['restore'],
    run: () => navigate('/backups')
  },
  {
    id: 'go.settings',
    shortcut: shortcutFor('go.settings'),
    label: 'Go to Settings',
    keywords: ['preferences', 'theme', 'dark', 'options'],
    run: () => navigate('/settings')
  },
  {
    id: 'shortcuts.show',
    shortcut: shortcutFor('shortcuts.show'),
    label: 'Keyboard shortcuts',
    keywords: ['keys', 'help', 'hotkeys'],
    run: shortcutsSheet.open
  }
]

/** Open the sample team while the journal has none; remove it while it is there (nothing while unknown). */
export function sampleTeamCommands(present: boolean | undefined): PaletteCommand[] {
  if (present === undefined) return []
  return [
    present
      ? {
          id: 'sample.remove',
          label: 'Remove the sample team',
          keywords: ['example', 'demo', 'delete'],
          run: () => void removeSampleTeam()
        }
      : {
          id: 'sample.open',
          label: 'Open a sample team',
          keywords: ['example', 'demo', 'explore', 'try'],
          run: () => void openSampleTeam()
        }
  ]
}

/**
 * Commands per member: type part of a name to go to them, start a one-on-one, jot a talking point, mark them
 * away or skip a one-on-one.
 */
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
    },
    {
      id: `packet.${member.id}`,
      label: `Review packet for ${member.name}`,
      keywords: ['performance', 'review', 'pdf', 'print', 'evidence'],
      run: () => navigate(`/team/${member.id}/packet`)
    },
    {
      id: `talking-point.${member.id}`,
      label: `Add talking point for ${member.name}…`,
      keywords: ['topic', 'agenda', 'next', '1:1', 'bring up'],
      run: () => openLoopDialog('talking_point', member)
    },
    {
      id: `away.${member.id}`,
      label: `Mark ${member.name} away…`,
      keywords: ['leave', 'holiday', 'vacation', 'absent', 'pause', 'cadence'],
      run: () => openLoopDialog('away', member)
    },
    {
      id: `skip.${member.id}`,
      label: `Skip a one-on-one with ${member.name}…`,
      keywords: ['1:1', 'cancel', 'skip', 'reason'],
      run: () => openLoopDialog('skip', member)
    },
    {
      id: `goal.${member.id}`,
      label: `Add growth goal for ${member.name}…`,
      keywords: ['growth', 'goal', 'develop', 'career', 'area'],
      run: () => openLoopDialog('goal', member)
    },
    {
      id: `feedback.${member.id}`,
      label: `Log feedback for ${member.name}…`,
      keywords: ['praise', 'redirect', 'sbi', 'situation', 'behaviour', 'behavior', 'impact'],
      run: () => openLoopDialog('feedback', member)
    }
  ])
}
