import { Handshake } from 'lucide-react'
import { EmptyState } from '../../components/EmptyState'

export function DelegationsPage() {
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1>Delegations</h1>
          <p className="page__subtitle">
            What you handed over, to whom, and how much authority came with it.
          </p>
        </div>
      </header>
      <EmptyState icon={<Handshake size={28} />} title="No delegations yet">
        <p>Recording delegations is not available in this version of Leap yet.</p>
      </EmptyState>
    </div>
  )
}
