import { useState } from 'react'
import { IMPORT_OUTCOMES, type ImportCounts, type ImportEntry } from '../../../../shared/domain/import'
import { RadioGroup } from '../../components/RadioGroup'
import { VirtualList } from '../../components/VirtualList'

type Outcome = (typeof IMPORT_OUTCOMES)[number]

const outcomeLabels: Record<Outcome, string> = {
  create: 'New',
  update: 'Updated',
  unchanged: 'Unchanged',
  skip: 'Skipped'
}

const kindLabels: Record<ImportEntry['kind'], string> = {
  reflection: 'Reflection',
  person: 'Person',
  delegation: 'Delegation',
  file: 'File'
}

/** "3 new, 1 updated, 0 unchanged, 2 skipped", as a list a screen reader reads item by item. */
export function ImportCountsList({ counts }: { counts: ImportCounts }) {
  return (
    <ul className="import-counts" aria-label="Counts">
      {IMPORT_OUTCOMES.map((outcome) => (
        <li key={outcome} className={`import-counts__item import-outcome--${outcome}`}>
          <strong>{counts[outcome].toLocaleString()}</strong> {outcomeLabels[outcome].toLowerCase()}
        </li>
      ))}
    </ul>
  )
}

/** Every file, note and row the import found, filterable by outcome; tens of thousands draw as fast as ten. */
export function ImportEntries({ entries }: { entries: readonly ImportEntry[] }) {
  const [shown, setShown] = useState<Outcome | 'all'>('all')
  if (entries.length === 0) return null
  const count = (outcome: Outcome) => entries.filter((entry) => entry.outcome === outcome).length
  const options = [
    { value: 'all' as const, label: `All ${entries.length.toLocaleString()}` },
    ...IMPORT_OUTCOMES.filter((outcome) => count(outcome) > 0).map((outcome) => ({
      value: outcome,
      label: `${outcomeLabels[outcome]} ${count(outcome).toLocaleString()}`
    }))
  ]
  const list = shown === 'all' ? entries : entries.filter((entry) => entry.outcome === shown)

  return (
    <section className="import-entries" aria-label="What the import found">
      <RadioGroup
        legend="Show"
        hideLegend
        look="segmented"
        value={shown}
        onChange={(value) => value && setShown(value)}
        options={options}
      />
      <VirtualList
        // Another filter starts at its top, not where the last one was scrolled to.
        key={shown}
        className="import-entries__list"
        role="list"
        aria-label="Entries"
        // A box that scrolls on its own: the keyboard scrolls it once it has focus.
        tabIndex={0}
        items={list}
        getKey={(entry, index) => `${entry.path}\u0000${entry.kind}\u0000${entry.title}\u0000${index}`}
        estimateSize={(entry) => (entry.reason ? 62 : 44)}
        renderItem={(entry) => <EntryRow entry={entry} />}
      />
    </section>
  )
}

function EntryRow({ entry }: { entry: ImportEntry }) {
  return (
    <div role="listitem" className="import-entry">
      <span className={`badge import-outcome--${entry.outcome}`}>{outcomeLabels[entry.outcome]}</span>
      <span className="import-entry__text">
        <span className="import-entry__title">
          {entry.title} <span className="import-entry__kind">· {kindLabels[entry.kind]}</span>
        </span>
        {entry.path !== entry.title && <code className="import-entry__path">{entry.path}</code>}
        {entry.reason && <span className="import-entry__reason">{entry.reason}</span>}
      </span>
    </div>
  )
}
