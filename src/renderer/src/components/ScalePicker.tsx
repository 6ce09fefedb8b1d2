import { useId } from 'react'

interface ScalePickerProps {
  legend: string
  labels: readonly string[]
  value: number | null
  onChange: (value: number | null) => void
  /** Words at either end of the scale, shown under it. */
  ends: [string, string]
}

/** A 1-5 rating as a radio group: arrow keys move, clicking the chosen value again clears it. */
export function ScalePicker({ legend, labels, value, onChange, ends }: ScalePickerProps) {
  const name = useId()
  return (
    <fieldset className="scale">
      <legend>{legend}</legend>
      <div className="scale__options">
        {labels.map((label, index) => {
          const score = index + 1
          return (
            <label key={score} className="scale__option" title={label}>
              <input
                type="radio"
                name={name}
                value={score}
                checked={value === score}
                aria-label={`${score}: ${label}`}
                onChange={() => onChange(score)}
                onClick={() => value === score && onChange(null)}
              />
              <span aria-hidden>{score}</span>
            </label>
          )
        })}
      </div>
      <div className="scale__ends" aria-hidden>
        <span>{ends[0]}</span>
        <span>{ends[1]}</span>
      </div>
    </fieldset>
  )
}
