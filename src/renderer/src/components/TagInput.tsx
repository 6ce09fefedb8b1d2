import { useEffect, useId, useState } from 'react'
import { X } from 'lucide-react'
import { formSchemas, formSchemasIfLoaded, notChecked, type FormSchemas } from '../lib/formResolver'
import { trimNotice } from '../lib/trimmed'
import { useToast } from './Toasts'

interface TagInputProps {
  value: string[]
  onChange: (tags: string[]) => void
  suggestions: readonly string[]
  label?: string
  /** Told after a chip is removed (by its button or by Backspace), with where it stood, to offer Undo. */
  onRemove?: (tag: string, at: number) => void
}

/** Tags as chips; Enter or comma adds, Backspace on an empty field removes the last; suggests existing tags. */
export function TagInput({ value, onChange, suggestions, label = 'Tags', onRemove }: TagInputProps) {
  const id = useId()
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string | null>(null)
  const toast = useToast()

  // Fetched as the field appears, so a tag is checked before the next key comes: checked later, the keys typed
  // meanwhile went to the tag being added, and two tags added at once wrote over each other.
  useEffect(() => {
    formSchemas().catch(() => {})
  }, [])

  const add = (raw: string) => {
    const schemas = formSchemasIfLoaded()
    if (schemas) return addChecked(raw, schemas)
    formSchemas().then(
      (loaded) => addChecked(raw, loaded),
      (error: unknown) => setError(notChecked(error))
    )
  }

  const addChecked = (raw: string, { TagName }: FormSchemas) => {
    const parsed = TagName.safeParse(raw)
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Not a valid tag.')
      return
    }
    setError(null)
    setDraft('')
    if (value.some((tag) => tag.toLowerCase() === parsed.data.toLowerCase())) return
    onChange([...value, parsed.data])
    const trimmed = trimNotice(raw, parsed.data, 'Added the tag')
    if (trimmed) toast({ message: trimmed })
  }

  const remove = (at: number) => {
    onChange(value.toSpliced(at, 1))
    onRemove?.(value[at]!, at)
  }

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <div className="tag-input">
        {value.map((tag, at) => (
          <span key={tag} className="chip">
            {tag}
            <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => remove(at)}>
              <X size={12} aria-hidden />
            </button>
          </span>
        ))}
        <input
          id={id}
          list={`${id}-suggestions`}
          value={draft}
          placeholder={value.length === 0 ? 'growth, feedback…' : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setError(null)
            const text = event.target.value
            if (text.endsWith(',')) add(text.slice(0, -1))
            else setDraft(text)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && draft.trim()) {
              event.preventDefault()
              add(draft)
            } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
              remove(value.length - 1)
            }
          }}
          onBlur={() => {
            if (draft.trim()) add(draft)
          }}
        />
        <datalist id={`${id}-suggestions`}>
          {suggestions
            .filter((tag) => !value.includes(tag))
            .map((tag) => (
              <option key={tag} value={tag} />
            ))}
        </datalist>
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
