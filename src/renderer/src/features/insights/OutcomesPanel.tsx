import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { DelegationOutcomes } from '../../../../shared/domain/insights'
import { navigate } from '../../lib/router'
import { CHART_HEIGHT, EntryLink, axisTick, grid, tooltipStyle } from './chartKit'
import { levelName } from './format'
import { useOutcomes } from './hooks'
import { InsightPanel } from './InsightPanel'
import { memberLink } from './links'
import { plural } from '../../lib/words'

const closed = (o: { done: number; handedBack: number; cancelled: number }) =>
  o.done + o.handedBack + o.cancelled

/** "2 done, 1 handed back", leaving out what is zero. */
const countsText = (o: { done: number; handedBack: number; cancelled: number }) =>
  (
    [
      [o.done, 'done'],
      [o.handedBack, 'handed back'],
      [o.cancelled, 'cancelled']
    ] as const
  )
    .filter(([count]) => count > 0)
    .map(([count, label]) => `${count} ${label}`)
    .join(', ')

export function outcomesSummary(outcomes: DelegationOutcomes): string {
  const total = closed(outcomes.total)
  if (total === 0) return 'No delegation has been closed yet.'
  const levels = outcomes.byLevel
    .filter((row) => closed(row) > 0)
    .map((row) => `${levelName(row.level)} ${countsText(row)}`)
    .join('; ')
  return `${plural(total, 'closed delegation')}: ${countsText(outcomes.total)}. By level: ${levels}.`
}

/** Delegation outcomes: done, handed back or cancelled, by authority level and by person. */
export function OutcomesPanel({ memberId }: { memberId?: string }) {
  const query = useOutcomes(memberId)
  const outcomes = query.data
  if (!outcomes)
    return (
      <InsightPanel id="outcomes" title="Delegation outcomes" summary={query.error?.message ?? 'Loading…'} />
    )
  const data = outcomes.byLevel.map((row) => ({
    ...row,
    label: levelName(row.level)
  }))
  const toBoard = memberId ? memberLink(memberId) : '/delegations'
  return (
    <InsightPanel
      id="outcomes"
      title="Delegation outcomes"
      summary={outcomesSummary(outcomes)}
      empty={
        closed(outcomes.total) === 0 &&
        'Close a delegation as done or handed back (or cancel it) to see how delegations end at each authority level.'
      }
      keyItems={[
        { label: 'Done', sample: 'dots' },
        { label: 'Handed back', sample: 'hatch' },
        { label: 'Cancelled', sample: 'outline' }
      ]}
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart
            data={data}

            accessibilityLayer={false}
            margin={{ top: 20 }}
          >
            <CartesianGrid {...grid} vertical={false} />
            <XAxis dataKey="label" tick={{ ...axisTick, fontSize: 11 }} interval={0} />
            <YAxis allowDecimals={false} tick={axisTick} width={28} />
            <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--surface-2)' }} />
            <Bar
              onClick={() => navigate(toBoard)}
              dataKey="done"
              name="Done"
              fill="url(#insight-dots)"
              stroke="var(--success)"
              isAnimationActive={false}
            >
              <LabelList dataKey="done" position="top" className="insight-label" formatter={hideZero} />
            </Bar>
            <Bar
              onClick={() => navigate(toBoard)}
              dataKey="handedBack"
              name="Handed back"
              fill="url(#insight-hatch)"
              stroke="var(--warning)"
              isAnimationActive={false}
            >
              <LabelList dataKey="handedBack" position="top" className="insight-label" formatter={hideZero} />
            </Bar>
            <Bar
              onClick={() => navigate(toBoard)}
              dataKey="cancelled"
              name="Cancelled"
              fill="none"
              stroke="var(--text-2)"
              isAnimationActive={false}
            >
              <LabelList dataKey="cancelled" position="top" className="insight-label" formatter={hideZero} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      figures={
        <table className="insight-table">
          <caption className="visually-hidden">Closed delegations per person</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Done</th>
              <th scope="col">Handed back</th>
              <th scope="col">Cancelled</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.byMember.map((m) => (
              <tr key={m.memberId}>
                <th scope="row">
                  <EntryLink to={memberLink(m.memberId)}>{m.name}</EntryLink>
                </th>
                <td>{m.done}</td>
                <td>{m.handedBack}</td>
                <td>{m.cancelled}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

const hideZero = (value: unknown) => (value === 0 ? '' : String(value))
