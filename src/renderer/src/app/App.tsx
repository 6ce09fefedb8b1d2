import { useQuery } from '@tanstack/react-query'
import { call } from '../lib/api'
import { useSegments } from '../lib/router'
import { MemberPage } from '../features/team/MemberPage'
import { TeamPage } from '../features/team/TeamPage'
import { DelegationsPage } from '../features/delegations/DelegationsPage'
import { JournalPage } from '../features/journal/JournalPage'
import { BackupsPage } from '../features/backups/BackupsPage'
import { JournalProblem } from './JournalProblem'
import { Sidebar } from './Sidebar'

function Screen() {
  const [section, id] = useSegments()
  switch (section) {
    case 'delegations':
      return <DelegationsPage />
    case 'journal':
      return <JournalPage />
    case 'backups':
      return <BackupsPage />
    default:
      return id ? <MemberPage id={id} /> : <TeamPage />
  }
}

export function App() {
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => call('app.info', {}) })
  if (info.data?.problem) return <JournalProblem info={info.data} />
  return (
    <div className="shell">
      <Sidebar />
      <main className="shell__main">{info.isSuccess && <Screen />}</main>
    </div>
  )
}
