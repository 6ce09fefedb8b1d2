import { useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { navigate } from '../../lib/router'
import { useMembers } from '../members/hooks'

interface StartOneOnOneDialogProps {
  open: boolean
  onClose: () => void
}

/** Ctrl/Cmd+N: type part of a name, arrows to choose, Enter to start writing. */
export function StartOneOnOneDialog({ open, onClose }: StartOneOnOneDialogProps) {
  return (
    <Dialog title="Start a one-on-one" open={open} onClose={onClose}>
      {open && (
        <PersonPicker
          onPick={(id) => {
            onClose()
            navigate(`/one-on-one/${id}`)
          }}
        />
      )}
    </Dialog>
  )
}

function PersonPicker({ onPick }: { onPick: (memberId: string) => void }) {
  const members = useMembers()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const needle = query.trim().toLocaleLowerCase()
  const matches = (members.data ?? []).filter(
    (member) =>
      !needle ||
      [member.name, member.role, member.team].some((text) => text?.toLocaleLowerCase().includes(needle))
  )
  const current = matches[Math.min(active, matches.length - 1)]

  return (
    <div className="picker">
      <input
        className="picker__input"
        role="combobox"
        aria-label="Person"
        aria-expanded="true"
        aria-controls="picker-options"
        aria-activedescendant={current ? `picker-${current.id}` : undefined}
        placeholder="Who did you meet with?"
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, matches.length - 1))
          else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0))
          else if (event.key === 'Enter' && current) onPick(current.id)
          else return
          event.preventDefault()
        }}
      />
      <ul id="picker-options" role="listbox" aria-label="Team members" className="picker__options">
        {matches.map((member) => (
          <li
            key={member.id}
            id={`picker-${member.id}`}
            role="option"
            aria-selected={member === current}
            className="picker__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(member.id)}
          >
            <span>{member.name}</span>
            <span className="muted">{member.role}</span>
          </li>
        ))}
        {members.isSuccess && matches.length === 0 && (
          <li className="picker__empty muted">
            {members.data.length === 0 ? 'Add team members first, on the Team screen.' : 'No one matches.'}
          </li>
        )}
      </ul>
    </div>
  )
}
