import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { GoalInsights } from '../../../../shared/domain/insights'
import { navigate } from '../../lib/router'
import { CHART_HEIGHT, EntryLink, axisTick, grid, tooltipStyle } from './chartKit'
import { useGoalInsights } from './hooks'
import { InsightPanel } from './InsightPanel'
import { memberLink } from './links'
import { plural } from '../../lib/words'

const goalLink = (memberId: string, goalId: string) => `${memberLink(memberId)}?goal=${goalId}`

export function goalsSummary({ total, byMember }: GoalInsights, onePerson: boolean): string {
  if (total.active + total.achieved === 0) return 'No growth goals yet.'
  const without = byMember.filter((m) => m.active === 0).map((m) => m.name)
  const lead = `${plural(total.active, 'active growth goal')} and ${total.achieved} achieved; ${plural(total.serving, 'delegation')} serving them.`
  if (onePerson || without.length === 0) return lead
  return `${lead} No active goal: ${without.join(', ')}.`
}

/** Growth goals: per person, active and achieved, and the delegations that serve them. */
export function GoalsPanel({ memberId }: { memberId?: string }) {
  const query = useGoalInsights(memberId)
  const insights = query.data
  if (!insights)
    return <InsightPanel id="goals" title="Growth goals" summary={query.error?.message ?? 'Loading…'} />
  return (
    <InsightPanel
      id="goals"
      title="Growth goals"
      summary={goalsSummary(insights, memberId !== undefined)}
      empty={
        insights.total.active + insights.total.achieved === 0 &&
        'Add a growth goal on a person’s page (or make one of their growth areas a goal) to see who is growing towards what.'
      }
      keyItems={[
        { label: 'Active', sample: 'dots' },
        { label: 'Achieved', sample: 'hatch' }
      ]}
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart data={insights.byMember} accessibilityLayer={false} margin={{ top: 20 }}>
            <CartesianGrid {...grid} vertical={false} />
            <XAxis dataKey="name" tick={{ ...axisTick, fontSize: 11 }} interval={0} />
            <YAxis allowDecimals={false} tick={axisTick} width={28} />
            <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--surface-2)' }} />
            <Bar
              onClick={(_, index) => navigate(memberLink(insights.byMember[index]!.memberId))}
              dataKey="active"
              name="Active"
              fill="url(#insight-dots)"
              stroke="var(--accent)"
              isAnimationActive={false}
            />
            <Bar
              onClick={(_, index) => navigate(memberLink(insights.byMember[index]!.memberId))}
              dataKey="achieved"
              name="Achieved"
              fill="url(#insight-hatch)"
              stroke="var(--success)"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      figures={
        <table className="insight-table">
          <caption className="visually-hidden">Growth goals per person</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Active</th>
              <th scope="col">Achieved</th>
              <th scope="col">Delegations serving</th>
              <th scope="col">Goals</th>
            </tr>
          </thead>
          <tbody>
            {insights.byMember.map((m) => (
              <tr key={m.memberId}>
                <th scope="row">
                  <EntryLink to={memberLink(m.memberId)}>{m.name}</EntryLink>
                </th>
                <td>{m.active}</td>
                <td>{m.achieved}</td>
                <td>{m.serving}</td>
                <td>
                  {m.goals.map((goal, index) => (
                    <span key={goal.id}>
                      {index > 0 && '; '}
                      <EntryLink to={goalLink(m.memberId, goal.id)}>{goal.title}</EntryLink>
                      {goal.status === 'achieved' && ' (achieved)'}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
