import type { ImportPerson } from '../../../../shared/domain/import'
import { Field } from '../../components/Field'
import { RadioGroup } from '../../components/RadioGroup'
import { useMembers } from '../members/hooks'
import { choiceOf, isMissing, type Choices } from './decisions'

const entriesText = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'entry' : 'entries'}`

/** People the notes name: those Leap does not know yet need a decision; the others are listed for the record. */
export function ImportPeople(props: {
  people: readonly ImportPerson[]
  choices: Choices
  onChange: (choices: Choices) => void
}) {
  const { people, choices, onChange } = props
  const members = useMembers()
  const missing = people.filter(isMissing)
  const known = people.filter((person) => !isMissing(person))
  if (people.length === 0) return null

  return (
    <section className="import-people" aria-label="People">
      {missing.length > 0 && (
        <>
          <h3>People Leap does not know yet</h3>
          <ul className="import-people__missing">
            {missing.map((person) => {
              const choice = choiceOf(choices, person.key)
              const set = (patch: Partial<typeof choice>) =>
                onChange({ ...choices, [person.key]: { ...choice, ...patch } })
              return (
                <li key={person.key} className="import-person">
                  <p className="import-person__name">
                    <strong>{person.name}</strong>{' '}
                    <span className="badge">{entriesText(person.entries)}</span>
                  </p>
                  <RadioGroup
                    legend={`What to do with the notes about ${person.name}`}
                    hideLegend
                    value={choice.action}
                    onChange={(action) => action && set({ action })}
                    options={[
                      { value: 'create', label: `Create ${person.name}` },
                      { value: 'map', label: 'Map to a person' },
                      { value: 'general', label: 'As general reflections' },
                      { value: 'skip', label: 'Don’t import' }
                    ]}
                  />
                  {choice.action === 'map' && (
                    <Field label={`Notes about ${person.name} belong to`}>
                      <select
                        value={choice.memberId}
                        onChange={(event) => set({ memberId: event.target.value })}
                      >
                        <option value="">Choose a person</option>
                        {(members.data ?? []).map((member) => (
                          <option key={member.id} value={member.id}>
                            {member.name}
                          </option>
                        ))}
                      </select>
                    </Field>
                  )}
                </li>
              )
            })}
          </ul>
        </>
      )}
      {known.length > 0 && (
        <p className="import-people__known">
          Also in these notes:{' '}
          {known.map((person, index) => (
            <span key={person.key}>
              {index > 0 && ', '}
              <strong>{person.name}</strong> (
              {person.status === 'matched' ? 'in your journal' : 'new, from their person note'},{' '}
              {entriesText(person.entries)})
            </span>
          ))}
        </p>
      )}
    </section>
  )
}
