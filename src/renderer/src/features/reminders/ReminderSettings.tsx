import { REMINDER_TIME, type ReminderPreference } from '../../../../shared/domain/reminders'
import { Field } from '../../components/Field'

/** Settings' Reminders section: the daily desktop reminder on or off, and its time of day. */
export function ReminderSettings({
  value,
  onChange
}: {
  value: ReminderPreference
  onChange: (reminders: ReminderPreference) => void
}) {
  return (
    <>
      <label className="toggle">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(event) => onChange({ ...value, enabled: event.target.checked })}
        />
        Remind me each day of what is due
      </label>
      <Field
        label="Time of day"
        hint="Once a day at most, from this time: one-on-ones due, check-ins due, and your own action items due."
      >
        <input
          type="time"
          className="settings__time"
          disabled={!value.enabled}
          value={value.time}
          // A half-typed time ("09:--") is empty here: only a whole one is saved.
          onChange={(event) =>
            REMINDER_TIME.test(event.target.value) && onChange({ ...value, time: event.target.value })
          }
        />
      </Field>
    </>
  )
}
