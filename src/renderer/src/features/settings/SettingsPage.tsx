import { useState, type ReactNode } from 'react'
import { Check, FolderOpen } from 'lucide-react'
import {
  THEMES,
  WEEK_STARTS,
  type Preferences,
  type PreferencesUpdate
} from '../../../../shared/domain/settings'
import { Field } from '../../components/Field'
import { RadioGroup } from '../../components/RadioGroup'
import { useToast } from '../../components/Toasts'
import { LeapCallError } from '../../lib/api'
import { navigate } from '../../lib/router'
import { showDataFolder } from '../desktop/actions'
import { ExportOptions } from '../export/ExportOptions'
import { ImportButtons } from '../import/ImportButtons'
import { ReminderSettings } from '../reminders/ReminderSettings'
import { useOpenSampleTeam, useSampleTeam } from '../sample/hooks'
import { RemoveSampleTeam } from '../sample/Welcome'
import { localeWeekStart } from '../../lib/weekStart'
import { useSettings } from './hooks'
import { useOptimisticPreferences } from './useOptimisticPreferences'
import '../desktop/desktop.css'

const themeLabels = { system: 'Same as the system', light: 'Light', dark: 'Dark' } as const

/** #/settings: appearance, where the journal lives, backups, one-on-ones, reminders, export, import and the trash. */
export function SettingsPage() {
  const settings = useSettings()
  const toast = useToast()
  const { preferences, save: saveNow, saved } = useOptimisticPreferences(settings.data?.preferences)
  const view = settings.data && preferences ? { ...settings.data, preferences } : undefined

  const save = (patch: PreferencesUpdate) =>
    saveNow(patch).then(
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
        <span className="settings__saved" role="status">
          {saved && (
            <>
              <Check size={14} aria-hidden />
              Saved
            </>
          )}
        </span>
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
            <RadioGroup
              legend="Theme"
              options={THEMES.map((theme) => ({ value: theme, label: themeLabels[theme] }))}
              value={view.preferences.theme}
              onChange={(theme) => theme && void save({ theme })}
            />
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
                  {WEEK_STARTS.map((choice) => (
                    <option key={choice} value={choice}>
                      {weekStartLabels[choice]}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </Section>

          <Section title="Reminders">
            <ReminderSettings
              value={view.preferences.reminders}
              onChange={(reminders) => void save({ reminders })}
            />
          </Section>

          <Section title="Export">
            <p className="settings__hint">What the Export dialog starts with; each export can change it.</p>
            <ExportOptions
              value={view.preferences.exportDefaults}
              onChange={(patch) =>
                void save({ exportDefaults: { ...view.preferences.exportDefaults, ...patch } })
              }
            />
          </Section>

          <Section title="Import">
            <p className="settings__hint">
              Bring in notes from Obsidian, another app or Leap’s own export, or your team from a spreadsheet
              saved as CSV. Leap shows what it found before writing anything, and backs up your journal first.
            </p>
            <ImportButtons />
          </Section>

          <Section title="Spelling">
            <label className="toggle">
              <input
                type="checkbox"
                checked={view.preferences.spellcheck.enabled}
                onChange={(event) =>
                  void save({ spellcheck: { ...view.preferences.spellcheck, enabled: event.target.checked } })
                }
              />
              Check spelling as I type
            </label>
            <p className="settings__hint">
              {view.spelling.systemChooses
                ? 'Your system checks spelling in the languages chosen in its own settings.'
                : `Languages: ${view.spelling.languages.join(', ') || 'none yet'}. Right-click in any text field to choose others.`}{' '}
              Leap never downloads a dictionary.
            </p>
            {view.spelling.missingDictionaries.length > 0 && view.spelling.dictionariesFolder && (
              <p className="settings__hint" role="note">
                No dictionary on this computer for {view.spelling.missingDictionaries.join(', ')}. Copy its
                Hunspell .bdic file (Chrome and Chromium keep theirs in their profile’s Dictionaries folder)
                into <code>{view.spelling.dictionariesFolder}</code>, then restart Leap.
              </p>
            )}
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

          <SampleTeamSection />
        </>
      )}
    </div>
  )
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

const weekStartLabels: Record<Preferences['weekStartsOn'], string> = {
  system: `As the system says (${DAY_NAMES[localeWeekStart()]})`,
  monday: 'Monday',
  sunday: 'Sunday'
}

/** The sample team: removed in one go while it is in the journal, opened again whenever it is not. */
function SampleTeamSection() {
  const sample = useSampleTeam()
  const open = useOpenSampleTeam()
  if (!sample.data) return null
  return (
    <Section title="Sample team">
      {sample.data.present ? (
        <>
          <p className="settings__hint">
            The sample team and everything recorded about it can be removed in one go.
          </p>
          <RemoveSampleTeam />
        </>
      ) : (
        <>
          <p className="settings__hint">
            Three made-up people with one-on-ones, action items and a delegation, to explore every screen.
            They are marked “(sample)” and removed in one click.
          </p>
          <button type="button" className="button" disabled={open.isPending} onClick={() => open.mutate()}>
            Open a sample team
          </button>
        </>
      )}
    </Section>
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
        className="settings__number"
        inputMode="numeric"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => event.key === 'Enter' && void commit()}
      />
    </Field>
  )
}
