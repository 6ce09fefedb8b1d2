import { useCallback, useEffect, useRef } from 'react'
import type { ImportSource } from '../../../../shared/domain/import'
import { Dialog } from '../../components/Dialog'
import { LeapCallError } from '../../lib/api'
import { closeImport, useImportSource } from './import-store'
import { usePreviewImport, useApplyImport } from './hooks'
import { ImportReview } from './ImportReview'
import { ImportDone } from './ImportDone'
import './import.css'

export const importTitles: Record<ImportSource, string> = {
  markdown: 'Import notes',
  csv: 'Import your team from CSV'
}

const choosing: Record<ImportSource, string> = {
  markdown: 'Choose a folder of notes in the dialog. Leap reads it and shows what it found before writing.',
  csv: 'Choose a CSV file of your team in the dialog. Leap reads it and shows what it found before writing.'
}

/** Import notes or the team: the system's dialog, a preview to decide on, then one write that can be undone. */
export function ImportDialog() {
  const source = useImportSource()
  return (
    <Dialog
      title={source ? importTitles[source] : 'Import'}
      open={source !== null}
      onClose={closeImport}
      wide
    >
      {source && <ImportFlow key={source} source={source} />}
    </Dialog>
  )
}

function ImportFlow({ source }: { source: ImportSource }) {
  const preview = usePreviewImport()
  const apply = useApplyImport()
  const { mutate: previewMutate } = preview
  const { reset: applyReset } = apply
  const choose = useCallback(() => {
    applyReset()
    // Closing the system's dialog means "not now": close ours too, without a word.
    previewMutate({ source }, { onSuccess: (answer) => answer.state === 'cancelled' && closeImport() })
  }, [source, previewMutate, applyReset])

  // The system's dialog opens as soon as ours does (once, even when React runs effects twice).
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    choose()
  }, [choose])

  if (apply.data) return <ImportDone result={apply.data} />
  if (preview.isError) {
    return (
      <div className="form">
        <p className="form__error" role="alert">
          {preview.error.message}
        </p>
        <Actions onChoose={choose} source={source} />
      </div>
    )
  }
  if (!preview.data || preview.isPending) {
    return (
      <div className="form import-busy" aria-busy="true">
        <p role="status">{choosing[source]}</p>
      </div>
    )
  }
  if (preview.data.state === 'cancelled') return null
  const previewId = preview.data.preview.previewId
  // Not found: this preview expired (imported, or replaced by a newer one), or the person chosen for a
  // name was deleted meanwhile; the message says which, and either choosing again or another person helps.
  const notFound = apply.error instanceof LeapCallError && apply.error.code === 'not_found'
  return (
    <ImportReview
      preview={preview.data.preview}
      applying={apply.isPending}
      error={apply.error?.message ?? null}
      onApply={(people) => apply.mutate({ previewId, people })}
      chooseAgain={notFound ? <ChooseAgain onChoose={choose} source={source} /> : null}
    />
  )
}

function ChooseAgain(props: { onChoose: () => void; source: ImportSource; primary?: boolean }) {
  const { onChoose, source, primary = false } = props
  return (
    <button type="button" className={primary ? 'button button--primary' : 'button'} onClick={onChoose}>
      Choose {source === 'csv' ? 'a file' : 'a folder'} again
    </button>
  )
}

function Actions({ onChoose, source }: { onChoose: () => void; source: ImportSource }) {
  return (
    <div className="form__actions">
      <button type="button" className="button" onClick={closeImport}>
        Close
      </button>
      <ChooseAgain onChoose={onChoose} source={source} primary />
    </div>
  )
}
