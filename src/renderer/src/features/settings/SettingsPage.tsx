import { useState, type ReactNode } from 'react'
import { FolderOpen } from 'lucide-react'
import { THEMES, type Preferences, type PreferencesUpdate } from '../../../../shared/domain/settings'
import { Field } from '../../components/Field'
import { useToast } from '../../components/Toasts'
import { LeapCallError } from '../../lib/api'
import { navigate } from '../../lib/router'
import { showDataFolder } from '../desktop/actions'
import { useSampleTeam, useSettings, useUpdateSettings } from './hooks'
import '../desktop/desktop.css'

const themeLabels = { system: 'Same as the system', light: 'Light', dark: 'Dark' } as const

/** #/settings: appearance, where the journal lives, backups, one-on-ones, export and the trash. */
export function SettingsPage() {
  const settings = useSettings()
  const update = useUpdateSettings()
  const sample = useSampleTeam()
  const toast = useToast()
  const view = settings.data

  const save = (patch: PreferencesUpdate) =>
    update.mutateAsync(patch).then(
      () => null,
      (error: Error) => {
        toast({ message: error.message, tone: 'error' })
        return error instanceof LeapCallError ? error.fields : {}
      }
    )

  return (
    <div className="page settings">
      <header className="page__header">
        <div>
          <h1>Settings</h1>
          <p className="page__subtitle">Changes are saved as you make them.</p>
        </div>
      </header>
      {settings.isError && (
        <p className="banner banner--error" role="alert">
          {settings.error.message}
        </p>
      )}
      {view?.problem && (
        <p className="banner banner--error" role="alert">
          Leap could not read its settings file and is using the defaults; it will not change that file until
          it can read it. {view.problem}
        </p>
      )}
      {view && (
        <>
          <Section title="Appearance">
            <fieldset className="settings__choices">
              <legend>Theme</legend>
              {THEMES.map((theme) => (
                <label key={theme} className="toggle">
                  <input
                    type="radio"
                    name="theme"
                    value={theme}
                    checked={view.preferences.theme === theme}
                    onChange={() => void save({ theme })}
                  />
                  {themeLabels[theme]}
                </label>
              ))}
            </fieldset>
          </Section>

          <Section title="Your data">
            <div className="settings__folder">
              <span className="settings__label">Journal folder</span>
              <code className="settings__path">{view.dataDir}</code>
              <button type="button" className="button" onClick={() => void showDataFolder()}>
                <FolderOpen size={16} aria-hidden /> Show in folder
              </button>
            </div>
            <div className="settings__folder">
              <span className="settings__label">Backups folder</span>
              <code className="settings__path">{view.backupDir}</code>
              <button type="button" className="button" onClick={() => navigate('/backups')}>
                Open Backups
              </button>
            </div>
            <p className="settings__hint">
              To keep the journal elsewhere, start Leap with <code>--data-dir</code> (see the README).
            </p>
          </Section>

          <Section title="Backups">
            <p className="settings__hint">
              Leap keeps every backup from the last day, then the newest of each day, week and month for as
              long as you choose.
            </p>
            <div className="settings__row">
              {(['daily', 'weekly', 'monthly'] as const).map((period) => (
                <NumberSetting
                  key={period}
                  label={`${period[0]!.toUpperCase()}${period.slice(1)} backups kept`}
                  value={view.preferences.backupRetention[period]}
                  onSave={(value) =>
                    save({ backupRetention: { ...view.preferences.backupRetention, [period]: value } }).then(
                      (fields) => fields && (fields[`backupRetention.${period}`] ?? firstOf(fields))
                    )
                  }
                />
              ))}
            </div>
          </Section>

          <Section title="One-on-ones">
            <div className="settings__row">
              <NumberSetting
                label="New members meet every (days)"
                value={view.preferences.defaultCadenceDays}
                onSave={(defaultCadenceDays) =>
                  save({ defaultCadenceDays }).then((fields) => fields && firstOf(fields))
                }
              />
              <Field label="Weeks start on">
                <select
                  value={view.preferences.weekStartsOn}
                  onChange={(event) =>
                    void save({ weekStartsOn: event.target.value as Preferences['weekStartsOn'] })
                  }
                >
                  <option value="monday">Monday</option>
                  <option value="sunday">Sunday</option>
                </select>
              </Field>
            </div>
          </Section>

          <Section title="Export">
            <label className="toggle">
              <input
                type="checkbox"
                checked={view.preferences.exportDefaults.privateFiles}
                onChange={(event) =>
                  void save({
                    exportDefaults: { ...view.preferences.exportDefaults, privateFiles: event.target.checked }
                  })
                }
              />
              Exported files readable only by me
            </label>
            <label className="toggle">
              <input
                type="checkbox"
                checked={view.preferences.exportDefaults.frontMatter}
                onChange={(event) =>
                  void save({
                    exportDefaults: { ...view.preferences.exportDefaults, frontMatter: event.target.checked }
                  })
                }
              />
              Start each file with its date, person and tags (front matter)
            </label>
          </Section>

          <Section title="Trash">
            <NumberSetting
              label="Keep deleted items for (days)"
              value={view.preferences.trashRetentionDays}
              onSave={(trashRetentionDays) =>
                save({ trashRetentionDays }).then((fields) => fields && firstOf(fields))
              }
            />
          </Section>

          {view.sampleTeam && (
            <Section title="Sample team">
              <p className="settings__hint">
                The sample team and everything recorded about it can be removed in one go.
              </p>
              <button
                type="button"
                className="button"
                disabled={sample.remove.isPending}
                onClick={() =>
                  sample.remove.mutate(undefined, {
                    onSuccess: () => toast({ message: 'Removed the sample team.' }),
                    onError: (error) => toast({ message: error.message, tone: 'error' })
                  })
                }
              >
                Remove sample team
              </button>
            </Section>
          )}
        </>
      )}
    </div>
  )
}

const firstOf = (fields: Record<string, string>) => Object.values(fields)[0] ?? 'This value was not saved.'

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card settings__section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  )
}

/** A whole number saved when the field is left (or Enter pressed); main's refusal shows on the field. */
function NumberSetting(props: {
  label: string
  value: number
  onSave: (value: number) => Promise<string | null | undefined>
}) {
  const [text, setText] = useState(String(props.value))
  const [error, setError] = useState<string | null>(null)
  const commit = async () => {
    if (text === String(props.value) && !error) return
    setError((await props.onSave(Number(text.trim() === '' ? Number.NaN : text))) ?? null)
  }
  return (
    <Field label={props.label} error={error ?? undefined}>
      <input
        type="number"
        inputMode="numeric"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => event.key === 'Enter' && void commit()}
      />
    </Field>
  )
}
