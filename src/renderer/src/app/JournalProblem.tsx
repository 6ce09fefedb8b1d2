import { TriangleAlert } from 'lucide-react'
import type { AppInfo } from '../../../shared/domain/app'

/** Shown instead of the app when the journal could not be opened. Nothing has been written to it. */
export function JournalProblem({ info }: { info: AppInfo }) {
  return (
    <main className="problem" aria-labelledby="problem-title">
      <TriangleAlert size={32} aria-hidden />
      <h1 id="problem-title">Leap could not open your journal</h1>
      <p>{info.problem}</p>
      <p className="muted">
        Journal file: <code>{info.journalPath}</code>
      </p>
    </main>
  )
}
