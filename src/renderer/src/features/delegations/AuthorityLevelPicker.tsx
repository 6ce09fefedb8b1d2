import type { UseFormRegisterReturn } from 'react-hook-form'
import { AUTHORITY_LEVELS } from '../../../../shared/domain/delegationVocabulary'
import { RadioGroup } from '../../components/RadioGroup'

interface AuthorityLevelPickerProps {
  legend: string
  registration: UseFormRegisterReturn
  error?: string | undefined
  /** A level shown as the current one (when changing a level). */
  current?: number
}

/** The seven levels of delegation poker as one radio group, each with what it means for the decision. */
export function AuthorityLevelPicker({ legend, registration, error, current }: AuthorityLevelPickerProps) {
  return (
    <RadioGroup
      legend={legend}
      look="cards"
      registration={registration}
      error={error}
      options={AUTHORITY_LEVELS.map(({ level, name, meaning }) => ({
        value: level,
        label: `${level} ${name}`,
        hint: meaning,
        content: (
          <span className="level-choice" aria-hidden>
            <span className="level-choice__number">{level}</span>
            {name}
            {current === level && <span className="badge">Now</span>}
          </span>
        )
      }))}
    />
  )
}
