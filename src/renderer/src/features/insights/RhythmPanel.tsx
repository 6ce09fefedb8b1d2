import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { RhythmInsights } from '../../../../shared/domain/insights'
import { formatDay, longSpan } from '../../lib/dates'
import { EntryLink, axisTick, grid, openAt, tooltipStyle } from './chartKit'
import { useRhythm } from './hooks'
import { InsightPanel } from './InsightPanel'
import { journalLink, memberLink } from './links'
import { plural } from '../../lib/words'

type Person = RhythmInsights['members'][number]

const overdueText = (m: Person) =>
  m.daysOverdue === null ? 'no one-on-one yet' : `${longSpan(m.daysOverdue)} overdue`

/** The panel's sentence; on a person's page (`person`) it speaks of them, not of the team. */
export function rhythmSummary(rhythm: RhythmInsights, person = false): string {
  const held = rhythm.members.reduce((sum, m) => sum + m.held, 0)
  const expected = rhythm.members.reduce((sum, m) => sum + m.expected, 0)
  const overdue = rhythm.members.filter((m) => m.overdue)
  const names = overdue.map((m) => `${m.name} (${overdueText(m)})`).join(', ')
  const away = rhythm.members.filter((m) => m.awayUntil !== null)
  const cadence = person ? 'their cadence calls' : 'your cadences call'
  const them = rhythm.members[0]
  const standing = person
    ? them && (them.overdue ? ` ${them.name}: ${overdueText(them)}.` : ` ${them.name} is not overdue.`)
    : overdue.length === 0
      ? ' Nobody is overdue.'
      : ` Overdue now: ${names}.`
  return (
    `Since ${formatDay(rhythm.since)}: ${held} of the ${plural(expected, 'one-on-one')} ${cadence} for ` +
    `${held === 1 ? 'was' : 'were'} held (days away and skipped one-on-ones not counted).` +
    (standing ?? '') +
    (away.length === 0
      ? ''
      : ` Away now: ${away.map((m) => `${m.name} (until ${formatDay(m.awayUntil!)})`).join(', ')}.`)
  )
}

/** One-on-one rhythm: held vs cadence over the last quarter, and who is overdue today. */
export function RhythmPanel({ memberId }: { memberId?: string }) {
  const query = useRhythm(memberId)
  const rhythm = query.data
  if (!rhythm)
    return <InsightPanel id="rhythm" title="One-on-one rhythm" summary={query.error?.message ?? 'Loading…'} />
  const linkFor = (i: number) => {
    const m = rhythm.members[i]
    return m ? journalLink({ memberId: m.memberId, kind: 'one_on_one', from: rhythm.since }) : null
  }
  const open = openAt(linkFor)
  const data = rhythm.members.map((m) => ({ name: m.name, held: m.held, expected: m.expected }))
  return (
    <InsightPanel
      id="rhythm"
      title="One-on-one rhythm"
      summary={rhythmSummary(rhythm, memberId !== undefined)}
      empty={
        rhythm.members.length === 0 &&
        'Add the people you lead on the Team page, each with a one-on-one cadence.'
      }
      keyItems={[
        { label: 'Held (last 90 days)', sample: 'dots' },
        { label: 'Called for by the cadence', sample: 'outline' }
      ]}
      chart={
        <ResponsiveContainer width="100%" height={Math.max(120, 56 * data.length + 40)}>
          <BarChart
            data={data}
            layout="vertical"

            accessibilityLayer={false}
            margin={{ right: 32 }}
            barGap={2}
          >
            <CartesianGrid {...grid} horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={axisTick} />
            {/* Every name shows, each on its own bar pair: nothing to measure to decide which to leave out. */}
            <YAxis type="category" dataKey="name" tick={axisTick} width={110} interval={0} />
            <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--surface-2)' }} />
            <Bar
              onClick={(_, i) => open(i)}
              dataKey="held"
              name="Held"
              fill="url(#insight-dots)"
              stroke="var(--accent)"
              isAnimationActive={false}
            >
              <LabelList dataKey="held" position="right" className="insight-label" />
            </Bar>
            <Bar
              onClick={(_, i) => open(i)}
              dataKey="expected"
              name="Called for"
              fill="none"
              stroke="var(--text-2)"
              strokeDasharray="4 2"
              isAnimationActive={false}
            >
              <LabelList dataKey="expected" position="right" className="insight-label" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      figures={
        <table className="insight-table">
          <caption className="visually-hidden">One-on-ones per person</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Cadence</th>
              <th scope="col">Held</th>
              <th scope="col">Called for</th>
              <th scope="col">Away, skipped</th>
              <th scope="col">Last</th>
              <th scope="col">Entries</th>
            </tr>
          </thead>
          <tbody>
            {rhythm.members.map((m, i) => (
              <tr key={m.memberId}>
                <th scope="row">
                  <EntryLink to={memberLink(m.memberId)}>{m.name}</EntryLink>
                </th>
                <td>every {plural(m.cadenceDays, 'day')}</td>
                <td>{m.held}</td>
                <td>{m.expected}</td>
                <td>
                  {plural(m.awayDays, 'day')} away, {m.skipped} skipped
                </td>
                <td>{m.lastOneOnOne ? formatDay(m.lastOneOnOne) : 'never'}</td>
                <td>
                  <EntryLink to={linkFor(i)!}>One-on-ones with {m.name}</EntryLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ul className="insight-people" aria-label="Who is overdue">
        {rhythm.members
          .filter((m) => m.overdue)
          .map((m) => (
            <li key={m.memberId}>
              <span className="badge badge--warning">Overdue</span>
              <EntryLink to={`/one-on-one/${m.memberId}`}>{m.name}</EntryLink>
              <span>{overdueText(m)}</span>
            </li>
          ))}
      </ul>
    </InsightPanel>
  )
}
