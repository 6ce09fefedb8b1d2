import { useState } from 'react'
import { ArrowLeft, ArchiveRestore, FileDown, Trash2 } from 'lucide-react'
import { useToast, useUndoToast } from '../../components/Toasts'
import { navigate, replaceAddress } from '../../lib/router'
import { useDeleteReflection, useReflection, useRestoreReflection } from './hooks'
import { ReflectionEditor } from './ReflectionEditor'
import { openExport } from '../export/export-store'
import { useReflectionNotices } from './useReflectionNotices'
import { typingElsewhere } from '../../lib/focus'

/** One reflection on its own (#/journal/<id>), or a new general reflection (#/journal/new). */
export function ReflectionPage({ id }: { id: string | null }) {
  // A new reflection gets its id from its first save; the page then shows its actions without remounting.
  const [savedId, setSavedId] = useState(id)
  const reflection = useReflection(savedId)
  const onNotice = useReflectionNotices()
  const remove = useDeleteReflection()
  const restoreCall = useRestoreReflection()
  const toast = useToast()
  const undoable = useUndoToast()

  if (reflection.isError) {
    return (
      <div className="page">
        <p className="banner banner--error" role="alert">
          {reflection.error.message}
        </p>
      </div>
    )
  }
  if (id && !reflection.data) return <div className="page" aria-busy="true" />
  const current = reflection.data ?? null
  const member =
    current?.memberId && current.memberName ? { id: current.memberId, name: current.memberName } : null

  const moveToTrash = async () => {
    if (!current) return
    try {
      await remove.mutateAsync({ id: current.id })
      navigate('/journal')
      undoable(`Moved “${current.title}” to the trash.`, () => restoreCall.mutate({ id: current.id }))
    } catch (error) {
      toast({ message: (error as Error).message, tone: 'error' })
    }
  }

  const restore = async () => {
    if (!current) return
    await restoreCall
      .mutateAsync({ id: current.id })
      .catch((error: Error) => toast({ message: error.message, tone: 'error' }))
  }

  return (
    <div className="page page--narrow">
      <div className="page__toolbar">
        <button
          type="button"
          className="link-button"
          onClick={() => navigate(member ? `/team/${member.id}` : '/journal')}
        >
          <ArrowLeft size={14} aria-hidden /> {member ? member.name : 'Journal'}
        </button>
        {current && !current.deletedAt && (
          <span className="page__toolbar-actions">
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() =>
                openExport({
                  kind: 'reflection',
                  id: current.id,
                  title: current.title,
                  memberId: current.memberId
                })
              }
            >
              <FileDown size={14} aria-hidden /> Export
            </button>
            <button type="button" className="button button--ghost button--small" onClick={moveToTrash}>
              <Trash2 size={14} aria-hidden /> Move to trash
            </button>
          </span>
        )}
      </div>
      {current?.deletedAt && (
        <p className="banner banner--warning" role="status">
          This reflection is in the trash.{' '}
          <button type="button" className="button button--small" onClick={restore}>
            <ArchiveRestore size={14} aria-hidden /> Restore
          </button>
        </p>
      )}
      <ReflectionEditor
        key={id ?? 'new'}
        kind={current?.kind ?? 'general'}
        member={member}
        reflection={id ? current : null}
        onNotice={onNotice}
        onEditorReady={(api) => id === null && !typingElsewhere() && api.focus()}
        onCreated={(created) => {
          setSavedId(created)
          replaceAddress('/journal/new', `/journal/${created}`)
        }}
      />
    </div>
  )
}
