import type { UseFormRegisterReturn } from 'react-hook-form'
import { AUTHORITY_LEVELS } from '../../../../shared/domain/delegationVocabulary'

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
    <fieldset className={error ? 'level-picker level-picker--invalid' : 'level-picker'}>
      <legend>{legend}</legend>
      <div className="level-picker__options">
        {AUTHORITY_LEVELS.map(({ level, name, meaning }) => (
          <label key={level} className="level-picker__option">
            <input type="radio" value={level} {...registration} />
            <span className="level-picker__number" aria-hidden>
              {level}
            </span>
            <span className="level-picker__text">
              <span className="level-picker__name">
                <span className="visually-hidden">{level} </span>
                {name}
                {current === level && <span className="badge">Now</span>}
              </span>
              <span className="level-picker__meaning">{meaning}</span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
