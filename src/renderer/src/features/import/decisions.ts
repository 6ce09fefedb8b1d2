import type { ImportDecision, ImportPerson } from '../../../../shared/domain/import'

/** What the user chose for each missing person, by key; `memberId` is kept while another action is chosen. */
export type Choices = Record<string, { action: ImportDecision['action']; memberId: string }>

export const isMissing = (person: ImportPerson) => person.status === 'missing'

/** Each missing person is created unless the user decides otherwise (what main does for one not listed). */
export const choiceOf = (choices: Choices, key: string) => choices[key] ?? { action: 'create', memberId: '' }

/**
 * The decisions import.apply takes, or null while someone is mapped to no one yet, or to a person no longer
 * among `members` (deleted since it was chosen).
 */
export function decisionsOf(
  people: readonly ImportPerson[],
  choices: Choices,
  members: readonly { id: string }[]
): ImportDecision[] | null {
  const decisions: ImportDecision[] = []
  for (const person of people.filter(isMissing)) {
    const { action, memberId } = choiceOf(choices, person.key)
    if (action === 'map') {
      if (!members.some((member) => member.id === memberId)) return null
      decisions.push({ key: person.key, action, memberId })
    } else decisions.push({ key: person.key, action })
  }
  return decisions
}
