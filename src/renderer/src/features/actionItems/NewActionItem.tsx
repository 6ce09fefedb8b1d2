import { useState, type FormEvent } from 'react'
import { Plus } from 'lucide-react'
import type { ActionOwner } from '../../../../shared/domain/actionItems'
import { messageFor } from '../../lib/api'
import { useCreateActionItem } from './hooks'
import { trimNotice } from '../../lib/trimmed'
import { useToast } from '../../components/Toasts'

interface NewActionItemProps {
  memberId: string
  memberName: string
  /** Resolves the reflection the item belongs to (saving a new reflection first), or null for none. */
  reflectionId: () => Promise<string | null>
}

/** A one-line form: who owns it, what it is, when it is due. */
export function NewActionItem({ memberId, memberName, reflectionId }: NewActionItemProps) {
  const create = useCreateActionItem()
  const toast = useToast()
  const [owner, setOwner] = useState<ActionOwner>('them')
  const [text, setText] = useState('')
  const [dueDate, setDueDate] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) {
      setError('Write what needs doing.')
      return
    }
    try {
      const saved = await create.mutateAsync({
        memberId,
        reflectionId: await reflectionId(),
        owner,
        text,
        dueDate
      })
      const trimmed = trimNotice(text, saved.text)
      if (trimmed) toast({ message: trimmed })
      setText('')
      setDueDate('')
      setError(null)
    } catch (caught) {
      setError(messageFor(caught, 'text'))
    }
  }

  return (
    <form className="new-action" onSubmit={submit} aria-label="New action item">
      <select
        aria-label="Owner"
        value={owner}
        onChange={(event) => setOwner(event.target.value as ActionOwner)}
      >
        <option value="them">{memberName}</option>
        <option value="me">Me</option>
      </select>
      <input
        type="text"
        aria-label="Action item"
        placeholder="Next step…"
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <input
        type="date"
        aria-label="Due date"
        value={dueDate}
        onChange={(event) => setDueDate(event.target.value)}
      />
      <AddButton pending={create.isPending} error={error} />
    </form>
  )
}

/** The end of a one-line form of this kind: Add, then what went wrong on its own line. */
export function AddButton({ pending, error }: { pending: boolean; error: string | null }) {
  return (
    <>
      <button type="submit" className="button" disabled={pending}>
        <Plus size={16} aria-hidden /> Add
      </button>
      {error && (
        <p className="field__error new-action__error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
