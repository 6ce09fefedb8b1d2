import { useId } from 'react'
import type { ExportDefaults } from '../../../../shared/domain/settings'
import { RadioGroup } from '../../components/RadioGroup'

/**
 * How files are written: the layout, Obsidian links, the export time and privacy. The Export dialog and the
 * export defaults in Settings show the same controls.
 */
export function ExportOptions({
  value,
  onChange
}: {
  value: ExportDefaults
  onChange: (patch: Partial<ExportDefaults>) => void
}) {
  return (
    <>
      <RadioGroup
        legend="Files"
        look="cards"
        value={value.layout}
        options={[
          {
            value: 'per_reflection',
            label: 'One file per reflection',
            hint: 'Reflections/YYYY/, an index per person'
          },
          { value: 'per_member', label: 'One file per person', hint: 'Members/<name>.md' }
        ]}
        onChange={(layout) => layout && onChange({ layout })}
      />

      <div className="export-form__checks">
        <Check
          label="Obsidian links"
          hint="Link each reflection to its person with [[Name]]."
          checked={value.obsidianLinks}
          onChange={(obsidianLinks) => onChange({ obsidianLinks })}
        />
        <Check
          label="Record the export time in each file"
          hint="Off: exporting the same journal again gives identical files."
          checked={value.includeExportedAt}
          onChange={(includeExportedAt) => onChange({ includeExportedAt })}
        />
        <Check
          label="Private files"
          hint="Only your user account can read them (mode 0600). Off: anyone on this computer (0644)."
          checked={value.privateFiles}
          onChange={(privateFiles) => onChange({ privateFiles })}
        />
        <Check
          label="Include my predictions"
          hint="The chance of success and the struggles you expected when delegating. Off: they stay in Leap."
          checked={value.includePredictions}
          onChange={(includePredictions) => onChange({ includePredictions })}
        />
      </div>
    </>
  )
}

function Check({
  label,
  hint,
  checked,
  onChange
}: {
  label: string
  hint: string
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  const hintId = useId()
  return (
    <label className="export-check">
      <input
        type="checkbox"
        checked={checked}
        aria-label={label}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>
        <span className="export-check__label" aria-hidden>
          {label}
        </span>
        <span className="export-check__hint" id={hintId}>
          {hint}
        </span>
      </span>
    </label>
  )
}
