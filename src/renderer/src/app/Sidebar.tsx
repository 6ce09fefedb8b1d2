import { BookOpen, DatabaseBackup, Handshake, Users, FolderOpen } from 'lucide-react'
import { useQuery } from '@tanstack/react-query'
import { call } from '../lib/api'
import { navigate, useSegments } from '../lib/router'

const sections = [
  { path: 'team', label: 'Team', icon: Users },
  { path: 'delegations', label: 'Delegations', icon: Handshake },
  { path: 'journal', label: 'Journal', icon: BookOpen }
] as const

export function Sidebar() {
  const [current] = useSegments()
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => call('app.info', {}) })

  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden>
          L
        </span>
        Leap
      </div>
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
