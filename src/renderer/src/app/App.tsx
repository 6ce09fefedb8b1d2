import { Suspense } from 'react'
import { onDemand } from '../lib/onDemand'
import { usePath, useSegments } from '../lib/router'
import { ActionItemsPage } from '../features/actionItems/ActionItemsPage'
import { DelegationsPage } from '../features/delegations/DelegationsPage'
import { DelegationPage } from '../features/delegations/DelegationPage'
import { JournalPage } from '../features/reflections/JournalPage'
import { ReflectionPage } from '../features/reflections/ReflectionPage'
import { OneOnOnePage } from '../features/oneOnOnes/OneOnOnePage'
import { MemberPage } from '../features/members/MemberPage'
import { PacketPage } from '../features/packets/PacketPage'
import { TeamPage } from '../features/members/TeamPage'
import { TrashPage } from '../features/trash/TrashPage'
import { CommandPalette } from '../features/search/CommandPalette'
import { BackupsPage } from '../features/backups/BackupsPage'
import { ExportDialog } from '../features/export/ExportDialog'
import { ImportDialog } from '../features/import/ImportDialog'
import { AppCommands } from '../features/desktop/AppCommands'
import { SettingsPage } from '../features/settings/SettingsPage'
import { useThemePreference } from '../features/settings/hooks'
import { useAppInfo } from './hooks'
import { JournalProblem } from './JournalProblem'
import { Sidebar } from './Sidebar'
import { SkipLink } from './SkipLink'

const InsightsPage = onDemand(() => import('../features/insights/InsightsPage').then((m) => m.InsightsPage))

function Screen() {
  const [section, id, subId] = useSegments()
  const path = usePath()
  switch (section) {
    case 'one-on-one':
      return id ? <OneOnOnePage key={id} memberId={id} reflectionId={subId ?? null} /> : <TeamPage />
    case 'journal':
      return id ? <ReflectionPage key={id} id={id === 'new' ? null : id} /> : <JournalPage key={path} />
    case 'insights':
      return <InsightsPage />
    case 'actions':
      return <ActionItemsPage />
    case 'trash':
      return <TrashPage />
    case 'delegations':
      if (id === 'new') return <DelegationsPage key="new" startCreating />
      return id ? <DelegationPage key={id} id={id} /> : <DelegationsPage />
    case 'backups':
      return <BackupsPage />
    case 'settings':
      return <SettingsPage />
    default:
      if (id && subId === 'packet') return <PacketPage key={id} memberId={id} />
      return id ? <MemberPage key={id} id={id} /> : <TeamPage />
  }
}

export function App() {
  const info = useAppInfo()
  useThemePreference()

  if (info.data?.problem) return <JournalProblem info={info.data} />
  return (
    <div className="shell">
      <SkipLink />
      <Sidebar />
      <main id="content" className="shell__main" tabIndex={-1}>
        <Suspense fallback={<div className="page" aria-busy="true" />}>
          {info.isSuccess && <Screen />}
        </Suspense>
      </main>
      <AppCommands />
      {info.isSuccess && <CommandPalette />}
      {info.isSuccess && <ExportDialog />}
      {info.isSuccess && <ImportDialog />}
    </div>
  )
}
