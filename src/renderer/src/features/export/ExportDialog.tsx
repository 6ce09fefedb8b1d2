import { useState } from 'react'
import { FolderOpen } from 'lucide-react'
import type { ExportScope, ExportSettings } from '../../../../shared/domain/export'
import { Dialog } from '../../components/Dialog'
import { RadioGroup } from '../../components/RadioGroup'
import { Field } from '../../components/Field'
import { TagInput } from '../../components/TagInput'
import { LeapCallError } from '../../lib/api'
import { useTags } from '../reflections/hooks'
import { useMembers } from '../members/hooks'
import { closeExport, useExportPreset, type ExportPreset } from './export-store'
import { ExportOptions } from './ExportOptions'
import { usePreferences } from '../settings/hooks'
import { isActive, useCancelExport, useExportStatus, useOpenExportFolder, useStartExport } from './hooks'
import './export.css'

type ScopeChoice = ExportScope['kind']

/** Export reflections to markdown: choose what and how, pick a folder (native dialog), watch it, open it. */
export function ExportDialog() {
  const preset = useExportPreset()
  return (
    <Dialog title="Export to markdown" open={preset !== null} onClose={closeExport} wide>
      {preset && <ExportFlow key={JSON.stringify(preset)} preset={preset} />}
    </Dialog>
  )
}

function ExportFlow({ preset }: { preset: ExportPreset }) {
  const [jobId, setJobId] = useState<string | null>(null)
  const defaults = usePreferences()?.exportDefaults
  if (jobId) return <ExportProgress jobId={jobId} />
  if (!defaults) return <div aria-busy="true" />
  return (
    <ExportForm preset={preset} initial={{ ...defaults, onConflict: 'keep_both' }} onStarted={setJobId} />
  )
}

/** Starts from the export defaults in Settings; a file Leap did not write is kept beside ours unless chosen. */
function ExportForm({
  preset,
  initial,
  onStarted
}: {
  preset: ExportPreset
  initial: ExportSettings
  onStarted: (jobId: string) => void
}) {
  const members = useMembers(true)
  const tagList = useTags()
  const start = useStartExport()
  const [scope, setScope] = useState<ScopeChoice>(preset.kind)
  const initialMember = preset.kind === 'all' ? '' : (preset.memberId ?? '')
  const [memberId, setMemberId] = useState(initialMember)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [tags, setTags] = useState<string[]>([])
  const [settings, setSettings] = useState(initial)
  const set = (patch: Partial<ExportSettings>) => setSettings((current) => ({ ...current, ...patch }))

  const scopeOptions: { value: ScopeChoice; label: string; hint: string }[] = [
    ...(preset.kind === 'reflection'
      ? [{ value: 'reflection' as const, label: 'This reflection', hint: preset.title }]
      : []),
    { value: 'member', label: 'One person', hint: 'All their reflections' },
    { value: 'range', label: 'Date range', hint: 'Optionally one person and tags' },
    { value: 'all', label: 'Everything', hint: 'The whole journal' }
  ]

  const chosenScope = (): ExportScope => {
    if (scope === 'reflection' && preset.kind === 'reflection') return { kind: 'reflection', id: preset.id }
    if (scope === 'member') return { kind: 'member', memberId }
    if (scope === 'range') {
      return {
        kind: 'range',
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(memberId ? { memberId } : {}),
        ...(tags.length ? { tags } : {})
      }
    }
    return { kind: 'all' }
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    start.mutate({ scope: chosenScope(), settings }, { onSuccess: (status) => onStarted(status.jobId) })
  }
  // A field's own message reads better than the call's ("scope.to: ...").
  const error =
    start.error instanceof LeapCallError
      ? (Object.values(start.error.fields)[0] ?? start.error.message)
      : start.error
        ? String(start.error)
        : null
  const needsMember = scope === 'member' && !memberId

  return (
    <form className="form export-form" onSubmit={submit}>
      <RadioGroup
        legend="What to export"
        look="cards"
        value={scope}
        options={scopeOptions}
        onChange={(choice) => choice && setScope(choice)}
      />

      {(scope === 'member' || scope === 'range') && (
        <div className="form__grid">
          <Field label="Person">
            <select value={memberId} onChange={(event) => setMemberId(event.target.value)}>
              <option value="">{scope === 'member' ? 'Choose a person' : 'Everyone'}</option>
              {(members.data ?? []).map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          </Field>
          {scope === 'range' && (
            <TagInput
              value={tags}
              onChange={setTags}
              suggestions={(tagList.data ?? []).map((tag) => tag.name)}
            />
          )}
          {scope === 'range' && (
            <Field label="From">
              <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
            </Field>
          )}
          {scope === 'range' && (
            <Field label="To">
              <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
            </Field>
          )}
        </div>
      )}

      <ExportOptions value={settings} onChange={set} />

      <Field
        label="If a file with the same name is already there"
        hint="Files Leap exported before are always updated in place."
      >
        <select
          value={settings.onConflict}
          onChange={(event) => set({ onConflict: event.target.value as ExportSettings['onConflict'] })}
        >
          <option value="keep_both">Keep both (add “ (2)” to the new file)</option>
          <option value="skip">Skip it</option>
          <option value="overwrite">Overwrite it</option>
        </select>
      </Field>

      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button" onClick={closeExport}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={start.isPending || needsMember}>
          <FolderOpen size={16} aria-hidden /> Choose folder and export
        </button>
      </div>
    </form>
  )
}

function ExportProgress({ jobId }: { jobId: string }) {
  const status = useExportStatus(jobId).data
  const [cancelling, setCancelling] = useState(false)
  const cancel = useCancelExport()
  const openFolder = useOpenExportFolder()
  const active = isActive(status)
  const summary = status?.summary

  return (
    <div className="form export-progress">
      {status?.state === 'choosing' || !status ? (
        <p role="status">Choose a folder in the dialog…</p>
      ) : status.state === 'running' ? (
        <>
          <progress
            className="export-progress__bar"
            aria-label="Export progress"
            max={Math.max(status.total, 1)}
            value={status.done}
          />
          <p role="status">
            Exported {status.done.toLocaleString()} of {status.total.toLocaleString()} reflections…
          </p>
        </>
      ) : status.state === 'cancelled' ? (
        <p role="status">Export cancelled. Nothing was left half-written.</p>
      ) : status.state === 'failed' ? (
        <p className="form__error" role="alert">
          {status.error}
        </p>
      ) : (
        summary && (
          <div role="status" className="export-summary">
            <p className="export-summary__headline">
              Exported {summary.total.toLocaleString()} {summary.total === 1 ? 'reflection' : 'reflections'}
            </p>
            <ul className="export-summary__counts">
              <li>{summary.written.toLocaleString()} new files</li>
              <li>{summary.updated.toLocaleString()} updated</li>
              <li>{summary.unchanged.toLocaleString()} unchanged</li>
              <li>{summary.skipped.length.toLocaleString()} skipped</li>
            </ul>
            <p className="export-summary__folder">
              In <code>{summary.folder}</code>
            </p>
            {summary.skipped.length > 0 && (
              <details>
                <summary>Skipped files</summary>
                <ul>
                  {summary.skipped.map((skip) => (
                    <li key={skip.path}>
                      <code>{skip.path}</code>: {skip.reason}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )
      )}
      <div className="form__actions">
        {active ? (
          <button
            type="button"
            className="button"
            disabled={cancelling}
            onClick={() => {
              setCancelling(true)
              cancel.mutate({ jobId })
            }}
          >
            Cancel export
          </button>
        ) : (
          <>
            {summary && (
              <button type="button" className="button" onClick={() => openFolder.mutate({ jobId })}>
                <FolderOpen size={16} aria-hidden /> Open folder
              </button>
            )}
            <button type="button" className="button button--primary" onClick={closeExport}>
              Done
            </button>
          </>
        )}
      </div>
    </div>
  )
}
