import {
  BookOpen,
  ChartLine,
  DatabaseBackup,
  FolderOpen,
  Handshake,
  ListChecks,
  Search,
  Settings,
  Trash2,
  Users
} from 'lucide-react'
import type { AppCommandId } from '../../../shared/desktop/appCommands'
import { ariaKeys, shortcutFor } from '../features/desktop/keys'
import { navigate, useSegments } from '../lib/router'
import { openPalette } from '../features/search/palette-store'
import { useAppInfo } from './hooks'

const sections = [
  { path: 'team', label: 'Team', icon: Users, command: 'go.team' },
  { path: 'delegations', label: 'Delegations', icon: Handshake, command: 'go.delegations' },
  { path: 'journal', label: 'Journal', icon: BookOpen, command: 'go.journal' },
  { path: 'actions', label: 'Action items', icon: ListChecks, command: 'go.actions' },
  { path: 'insights', label: 'Insights', icon: ChartLine, command: 'go.insights' }
] as const

/** A link's keys, for assistive technology and as its tooltip ("Insights (Ctrl+5)"). */
const keysOf = (id: AppCommandId) => ({
  'aria-keyshortcuts': ariaKeys(id),
  title: shortcutFor(id)
})

export function Sidebar() {
  const [segment] = useSegments()
  // The 1:1 view belongs to the team; a reflection to the journal.
  const current = segment === 'one-on-one' ? 'team' : segment
  const info = useAppInfo()

  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden>
          L
        </span>
        Leap
      </div>
      <button
        type="button"
        className="sidebar__search"
        onClick={openPalette}
        aria-keyshortcuts="Control+K Meta+K"
      >
        <Search size={16} aria-hidden /> Search <kbd aria-hidden>Ctrl K</kbd>
      </button>
      <ul className="sidebar__list">
        {sections.map(({ path, label, icon: Icon, command }) => (
          <li key={path}>
            <a
              href={`#/${path}`}
              {...keysOf(command)}
              className="sidebar__link"
              aria-current={current === path ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault()
                navigate(`/${path}`)
              }}
            >
              <Icon size={18} aria-hidden />
              {label}
            </a>
          </li>
        ))}
      </ul>
      <a
        href="#/trash"
        {...keysOf('go.trash')}
        className="sidebar__link sidebar__link--quiet"
        aria-current={current === 'trash' ? 'page' : undefined}
        onClick={(event) => {
          event.preventDefault()
          navigate('/trash')
        }}
      >
        <Trash2 size={16} aria-hidden />
        Trash
      </a>
      <a
        href="#/settings"
        {...keysOf('go.settings')}
        className="sidebar__link sidebar__link--quiet"
        aria-current={current === 'settings' ? 'page' : undefined}
        onClick={(event) => {
          event.preventDefault()
          navigate('/settings')
        }}
      >
        <Settings size={16} aria-hidden />
        Settings
      </a>
      {info.data && (
        <footer className="sidebar__footer" title={info.data.journalPath}>
          <span className="sidebar__footer-label">
            <FolderOpen size={12} aria-hidden /> Journal folder
          </span>
          <span className="sidebar__path">{info.data.dataDir}</span>
          <a
            href="#/backups"
            {...keysOf('go.backups')}
            className="sidebar__backups"
            aria-current={current === 'backups' ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault()
              navigate('/backups')
            }}
          >
            <DatabaseBackup size={14} aria-hidden /> Backups
          </a>
        </footer>
      )}
    </nav>
  )
}
