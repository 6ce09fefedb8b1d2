import { useState, type FormEvent } from 'react'
import type { ActionOwner } from '../../../../shared/domain/actionItems'
import { AddButton } from '../actionItems/NewActionItem'
import { messageFor } from '../../lib/api'
import { useCreateTalkingPoint } from './hooks'
import './talkingPoints.css'

interface NewTalkingPointProps {
  memberId: string
  memberName: string
  /** Focus the text at once (a dialog opened to jot one down). */
  autoFocus?: boolean
  onAdded?: () => void
}

/** A one-line form: the topic, and whether I bring it up or they asked to. */
export function NewTalkingPoint({ memberId, memberName, autoFocus, onAdded }: NewTalkingPointProps) {
  const create = useCreateTalkingPoint()
  const [owner, setOwner] = useState<ActionOwner>('me')
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) {
      setError('Write the topic to bring up.')
      return
    }
    try {
      await create.mutateAsync({ memberId, owner, text })
      setText('')
      setError(null)
      onAdded?.()
    } catch (caught) {
      setError(messageFor(caught, 'text'))
    }
  }

  return (
    <form className="new-action new-action--point" onSubmit={submit} aria-label="New talking point">
      <select
        aria-label="Whose topic"
        value={owner}
        onChange={(event) => setOwner(event.target.value as ActionOwner)}
      >
        <option value="me">Mine</option>
        <option value="them">{memberName}’s</option>
      </select>
      <input
        type="text"
        aria-label="Talking point"
        placeholder="A topic for the next one-on-one…"
        autoFocus={autoFocus}
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <AddButton pending={create.isPending} error={error} />
    </form>
  )
}
