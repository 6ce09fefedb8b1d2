import { Suspense, useEffect, useRef, useState } from 'react'
import { Check, CircleAlert, Eye, LoaderCircle, PencilLine } from 'lucide-react'
import type { Reflection, ReflectionKind, ReflectionSaved } from '../../../../shared/domain/reflections'
import { MOOD_LABELS, STANCE_LABELS } from '../../../../shared/domain/reflectionVocabulary'
import { MarkdownView } from '../../components/MarkdownView'
import { RadioGroup } from '../../components/RadioGroup'
import { TagInput } from '../../components/TagInput'
import { useUndoToast } from '../../components/Toasts'
import type { SaveStatus } from '../../lib/autosave'
import { todayLocal } from '../../lib/dates'
import { defaultTitle } from '../../../../shared/domain/titles'
import { faultOf, faultPhrase } from '../../lib/faults'
import { onDemand } from '../../lib/onDemand'
import { ActionItemRow } from '../actionItems/ActionItemRow'
import { NewActionItem } from '../actionItems/NewActionItem'
import { useActionItems } from '../actionItems/hooks'
import { useTags } from './hooks'
import { useReflectionDraft } from './useReflectionDraft'
// The editor's box is drawn while its code loads, so nothing moves when it arrives.
import '../../components/markdown-editor.css'
import './reflections.css'

const MarkdownEditor = onDemand(() => import('../../components/MarkdownEditor').then((m) => m.MarkdownEditor))

export interface EditorApi {
  insert: (text: string) => void
  focus: () => void
}

interface ReflectionEditorProps {
  kind: ReflectionKind
  member: { id: string; name: string } | null
  reflection: Reflection | null
  onCreated?: (id: string) => void
  onNotice?: (notice: NonNullable<ReflectionSaved['notice']>) => void
  onEditorReady?: (api: EditorApi) => void
  /**
   * Gets, once, what gives the reflection's id, saving a new one first: for what is written beside it and
   * links to it. Ready at once, unlike the text editor, which loads on demand.
   */
  onSaveReady?: (ensureSaved: () => Promise<string>) => void
}

/** Writing a reflection: every field saves itself; nothing here has a save button. */
export function ReflectionEditor({
  kind,
  member,
  reflection,
  onCreated,
  onNotice,
  onEditorReady,
  onSaveReady
}: ReflectionEditorProps) {
  const draft = useReflectionDraft({ kind, memberId: member?.id ?? null, reflection, onCreated, onNotice })
  const { fields, update } = draft
  const ensureSaved = useRef(draft.ensureSaved)
  useEffect(() => {
    ensureSaved.current = draft.ensureSaved
  })
  const handOver = useRef(onSaveReady)
  useEffect(() => {
    handOver.current?.(() => ensureSaved.current())
  }, [])
  const [preview, setPreview] = useState(false)
  const tags = useTags()
  const undoable = useUndoToast()
  const future = fields.date > todayLocal()

  return (
    <section className="editor" aria-label="Reflection">
      <header className="editor__header">
        <div className="editor__date">
          <label htmlFor="reflection-date" className="visually-hidden">
            Date
          </label>
          <input
            id="reflection-date"
            type="date"
            value={fields.date}
            required
            onChange={(event) => event.target.value && update({ date: event.target.value })}
          />
          {future && <span className="badge badge--warning">Future date</span>}
        </div>
        <SaveState status={draft.status} error={draft.error} onRetry={draft.retry} />
      </header>
      {draft.recovered && (
        <p className="banner banner--info" role="status">
          {draft.recovered === 'saved'
            ? 'Recovered the text you wrote before Leap closed; it is saved.'
            : 'Recovered text you wrote before Leap closed; it is being saved now.'}
        </p>
      )}

      <label htmlFor="reflection-title" className="visually-hidden">
        Title
      </label>
      {/* One line of text that wraps rather than cutting its placeholder (the default title) mid-word. */}
      <textarea
        id="reflection-title"
        className="editor__title"
        rows={1}
        placeholder={defaultTitle(kind, member?.name ?? null, fields.date)}
        value={fields.title}
        maxLength={300}
        onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
        onChange={(event) => update({ title: event.target.value.replace(/[\r\n]+/gu, ' ') })}
      />

      <div className="editor__body">
        <div className="editor__tabs" role="group" aria-label="Body view">
          <button type="button" className="tab" aria-pressed={!preview} onClick={() => setPreview(false)}>
            <PencilLine size={14} aria-hidden /> Write
          </button>
          <button type="button" className="tab" aria-pressed={preview} onClick={() => setPreview(true)}>
            <Eye size={14} aria-hidden /> Preview
          </button>
        </div>
        <div hidden={preview}>
          <Suspense fallback={<div className="markdown-editor" aria-busy="true" />}>
            <MarkdownEditor
              label="Reflection"
              initialValue={draft.body()}
              placeholder="What happened? What did they own? Where did you step in, and where did you hold back?"
              onChange={(body) => update({ body })}
              onReady={onEditorReady}
            />
          </Suspense>
        </div>
        {preview && (
          <div className="markdown-preview" aria-label="Preview">
            {draft.body().trim() ? (
              <MarkdownView>{draft.body()}</MarkdownView>
            ) : (
              <p className="muted">Nothing written yet.</p>
            )}
          </div>
        )}
      </div>

      <div className="editor__scales">
        {member && (
          <RadioGroup
            legend={`${member.name}’s mood`}
            look="scale"
            options={scaleOptions(MOOD_LABELS)}
            value={fields.mood}
            clearable
            onChange={(mood) => update({ mood })}
            footer={<ScaleEnds low="Very low" high="Great" />}
          />
        )}
        <RadioGroup
          legend="My stance"
          look="scale"
          options={scaleOptions(STANCE_LABELS)}
          value={fields.stance}
          clearable
          onChange={(stance) => update({ stance })}
          footer={<ScaleEnds low="I managed" high="I led" />}
        />
      </div>

      <TagInput
        value={fields.tags}
        onChange={(next) => update({ tags: next })}
        onRemove={(tag, at) =>
          undoable(
            `Removed the tag “${tag}”.`,
            () => update(({ tags: now }) => ({ tags: now.includes(tag) ? now : now.toSpliced(at, 0, tag) })),
            { onlyHere: true }
          )
        }
        suggestions={(tags.data ?? []).map((tag) => tag.name)}
      />

      {member && (
        <ReflectionActionItems member={member} reflectionId={draft.id} ensureSaved={draft.ensureSaved} />
      )}
    </section>
  )
}

/** A 1-5 rating: each option shows its number and is named "4: Good"; choosing it again clears it. */
const scaleOptions = (labels: readonly string[]) =>
  labels.map((label, index) => ({
    value: index + 1,
    label: `${index + 1}: ${label}`,
    title: label,
    content: <span aria-hidden>{index + 1}</span>
  }))

function ScaleEnds({ low, high }: { low: string; high: string }) {
  return (
    <div className="radio-group__ends" aria-hidden>
      <span>{low}</span>
      <span>{high}</span>
    </div>
  )
}

function ReflectionActionItems({
  member,
  reflectionId,
  ensureSaved
}: {
  member: { id: string; name: string }
  reflectionId: string | null
  ensureSaved: () => Promise<string>
}) {
  const items = useActionItems(reflectionId ? { reflectionId } : null)
  return (
    <section className="editor__actions" aria-label="Action items from this one-on-one">
      <h3>Action items</h3>
      {(items.data ?? []).length > 0 && (
        <ul className="action-list">
          {items.data!.map((item) => (
            <ActionItemRow key={item.id} item={item} />
          ))}
        </ul>
      )}
      <NewActionItem memberId={member.id} memberName={member.name} reflectionId={ensureSaved} />
    </section>
  )
}

function SaveState({
  status,
  error,
  onRetry
}: {
  status: SaveStatus
  error: Error | null
  onRetry: () => void
}) {
  if (status === 'error') {
    const fault = faultOf(error)
    return (
      <span className="save-state save-state--error" role="alert" title={fault ? error?.message : undefined}>
        <CircleAlert size={14} aria-hidden />{' '}
        {fault ? (
          <>Not saved yet: {faultPhrase(fault)}. Your text is kept here and Leap keeps trying.</>
        ) : (
          <>Not saved: {error?.message}</>
        )}{' '}
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      </span>
    )
  }
  return (
    <span className="save-state" role="status" aria-live="polite">
      {status === 'saved' ? (
        <Check size={14} aria-hidden />
      ) : (
        <LoaderCircle size={14} aria-hidden className="spin" />
      )}
      {status === 'saved' ? 'Saved' : 'Saving…'}
    </span>
  )
}
