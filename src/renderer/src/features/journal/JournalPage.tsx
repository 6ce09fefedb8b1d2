import { BookOpen } from 'lucide-react'
import { EmptyState } from '../../components/EmptyState'

export function JournalPage() {
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1>Journal</h1>
          <p className="page__subtitle">Your reflections after one-on-ones, and on leading in general.</p>
        </div>
      </header>
      <EmptyState icon={<BookOpen size={28} />} title="No reflections yet">
        <p>Writing reflections is not available in this version of Leap yet.</p>
      </EmptyState>
    </div>
  )
}
