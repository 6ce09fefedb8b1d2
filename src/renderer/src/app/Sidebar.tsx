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
import { navigate, useSegments } from '../lib/router'
import { openPalette } from '../features/search/palette-store'
import { useAppInfo } from './hooks'

const sections = [
  { path: 'team', label: 'Team', icon: Users },
  { path: 'delegations', label: 'Delegations', icon: Handshake },
  { path: 'journal', label: 'Journal', icon: BookOpen },
  { path: 'actions', label: 'Action items', icon: ListChecks },
  { path: 'insights', label: 'Insights', icon: ChartLine }
] as const

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
        {sections.map(({ path, label, icon: Icon }) => (
          <li key={path}>
            <a
              href={`#/${path}`}
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
