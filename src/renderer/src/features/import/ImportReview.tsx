import { useState, type ReactNode } from 'react'
import { Import } from 'lucide-react'
import type { ImportDecision, ImportPreview } from '../../../../shared/domain/import'
import { formatSize } from '../backups/format'
import { closeImport } from './import-store'
import { ImportCountsList, ImportEntries } from './ImportEntries'
import { useMembers } from '../members/hooks'
import { decisionsOf, type Choices } from './decisions'
import { ImportPeople } from './ImportPeople'

interface ImportReviewProps {
  preview: ImportPreview
  applying: boolean
  error: string | null
  onApply: (people: ImportDecision[]) => void
  /** Shown beside an error that choosing the folder or file again fixes. */
  chooseAgain: ReactNode
}

/** What the chosen folder or file holds and what importing it would do; nothing is written until Import. */
export function ImportReview({ preview, applying, error, onApply, chooseAgain }: ImportReviewProps) {
  const [choices, setChoices] = useState<Choices>({})
  const members = useMembers().data
  const decisions = decisionsOf(preview.people, choices, members ?? [])
  const { create, update } = preview.counts
  const nothingToDo = create + update === 0 && !preview.people.some((person) => person.status === 'missing')
  const { maxFileBytes, maxFiles } = preview.limits

  return (
    <div className="form import-review">
      <p className="import-location">
        From <code>{preview.location}</code>
      </p>
      <ImportCountsList counts={preview.counts} />
      <ImportPeople people={preview.people} choices={choices} onChange={setChoices} />
      <ImportEntries entries={preview.entries} />
      <p className="import-help">
        {preview.source === 'csv'
          ? `Leap reads a CSV file of up to ${formatSize(maxFileBytes)}: a name column, and any of role, team, email, start date and cadence. A row updates the person with that email or name.`
          : `Leap reads notes of up to ${formatSize(maxFileBytes)} each, at most ${maxFiles.toLocaleString()} files; it never follows links and leaves hidden folders alone.`}{' '}
        It backs up your journal first, so the whole import can be undone.
      </p>
      {error && (
        <div className="import-problem">
          <p className="form__error" role="alert">
            {error}
          </p>
          {chooseAgain}
        </div>
      )}
      {decisions === null && (
        <p className="field__hint" role="note">
          Choose who the notes you map belong to.
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button" onClick={closeImport}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={applying || decisions === null || nothingToDo}
          onClick={() => decisions && onApply(decisions)}
        >
          <Import size={16} aria-hidden />{' '}
          {applying ? 'Importing…' : nothingToDo ? 'Nothing new to import' : 'Import'}
        </button>
      </div>
    </div>
  )
}
