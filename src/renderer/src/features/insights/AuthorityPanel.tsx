import { CartesianGrid, ResponsiveContainer, ScatterChart, XAxis, YAxis } from 'recharts'
import type { AuthorityInsights } from '../../../../shared/domain/insights'
import { formatDay } from '../../lib/dates'
import { navigate } from '../../lib/router'
import { AuthorityMarks, type LadderMark } from './AuthorityMarks'
import { CHART_HEIGHT, EntryLink, axisTick, grid } from './chartKit'
import { levelName } from './format'
import { DraftTalkingPoint } from '../talkingPoints/DraftTalkingPoint'
import { useAuthorityInsights } from './hooks'
import { InsightPanel } from './InsightPanel'
import { delegationLink, memberLink } from './links'
import { SHAPES, SHAPE_MARKS } from './markShapes'
import { plural } from '../../lib/words'

type Person = AuthorityInsights['members'][number]
const dayNumber = (day: string) => new Date(`${day}T12:00:00`).getTime()
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' })
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })
/** Months on a long ladder, days on a short one (a few weeks would otherwise read "Jan 2020" six times). */
const dateTick = (span: number) => (value: number) =>
  (span > 180 * 86_400_000 ? monthYear : dayMonth).format(value)

const WEEK = 7 * 86_400_000
/** Six evenly spaced dates across the range, for the time axis. */
const timeTicks = (first: number, last: number) =>
  Array.from({ length: 6 }, (_, i) => first + ((last - first) * i) / 5)

/**
 * The chart draws the year of steps up to the latest (the figures list every one): ten years of a large team's
 * ladder is thousands of points, unreadable as one picture and seconds of drawing.
 */
const CHART_SPAN = 365 * 86_400_000
function chartedSteps(people: Person[]): Person[] {
  const latest = Math.max(
    ...people.flatMap((m) =>
      [...m.steps.map((s) => s.changedOn), ...m.acted.map((a) => a.day)].map(dayNumber)
    )
  )
  const recent = (day: string) => dayNumber(day) > latest - CHART_SPAN
  return people
    .map((m) => ({
      ...m,
      steps: m.steps.filter((s) => recent(s.changedOn)),
      acted: m.acted.filter((a) => recent(a.day))
    }))
    .filter((m) => m.steps.length > 0)
}

/** Each person's marks get their own shape, named in the key, so people are told apart without colour. */
const ladderMarks = (charted: Person[]): LadderMark[] =>
  charted.flatMap((m, i) => {
    const mark = { name: m.name, shape: SHAPES[i % SHAPES.length]! }
    return [
      ...m.steps.map((s) => ({
        ...mark,
        x: dayNumber(s.changedOn),
        level: s.toLevel,
        day: s.changedOn,
        title: s.title,
        delegationId: s.delegationId,
        acted: false
      })),
      ...m.acted.map((a) => ({
        ...mark,
        x: dayNumber(a.day),
        level: a.level,
        day: a.day,
        title: a.title,
        delegationId: a.delegationId,
        acted: true
      }))
    ]
  })
const openDelegation = (delegationId: string) => navigate(delegationLink(delegationId))

export const nudgeText = (person: Person) =>
  person.nudge &&
  `${person.name} finished ${person.nudge.count} at ${levelName(person.nudge.level)} without you stepping in: ready for ${levelName(person.nudge.level + 1)}?`

/** The talking point the nudge drafts: the next level, offered for the next delegation in that area. */
const readyText = ({ level, count }: NonNullable<Person['nudge']>) =>
  `Ready for more? You finished ${count} at ${levelName(level)} without me stepping in: the next one at ${level + 1} ${levelName(level + 1)}.`

export function authoritySummary(insights: AuthorityInsights): string {
  const withSteps = insights.members.filter((m) => m.steps.length > 0)
  if (withSteps.length === 0) return 'No delegations recorded yet.'
  const stale = insights.members.filter((m) => m.stale).map((m) => m.name)
  const raised = insights.members
    .filter((m) => m.lastRaisedOn !== null && m.lastRaisedOn >= insights.since)
    .map((m) => m.name)
  // Given their first level since then: not waiting for a raise yet.
  const started = insights.members.filter((m) => !m.stale && m.lastRaisedOn === null).map((m) => m.name)
  const nudges = insights.members.map(nudgeText).filter(Boolean)
  const gaps = insights.members.flatMap((m) => m.gaps.map((gap) => `${m.name} (${gap.title})`))
  return [
    raised.length > 0 ? `Level raised since ${formatDay(insights.since)}: ${raised.join(', ')}.` : '',
    started.length > 0 ? `First levels given since ${formatDay(insights.since)}: ${started.join(', ')}.` : '',
    stale.length > 0 ? `No level raised in 90 days: ${stale.join(', ')}.` : '',
    ...nudges,
    gaps.length > 0 ? `Acted two levels or more from the level agreed: ${gaps.join(', ')}.` : ''
  ]
    .filter(Boolean)
    .join(' ')
}

/** The authority ladder across people: levels over time, who has waited 90 days, who is ready for more. */
export function AuthorityPanel({ memberId }: { memberId?: string }) {
  const query = useAuthorityInsights(memberId)
  const insights = query.data
  if (!insights)
    return (
      <InsightPanel id="authority" title="Authority ladder" summary={query.error?.message ?? 'Loading…'} />
    )
  const people = insights.members.filter((m) => m.steps.length > 0)
  const charted = chartedSteps(people)
  const days = charted.flatMap((m) =>
    [...m.steps.map((s) => s.changedOn), ...m.acted.map((a) => a.day)].map(dayNumber)
  )
  // A week either side, so the first and last points are not cut by the axes.
  const [first, last] = [Math.min(...days) - WEEK, Math.max(...days) + WEEK]
  return (
    <InsightPanel
      id="authority"
      title="Authority ladder"
      summary={authoritySummary(insights)}
      empty={
        people.length === 0 &&
        'Delegate something with an authority level, and raise the level as trust grows, to see each person’s ladder here.'
      }
      keyItems={[
        ...(memberId
          ? []
          : charted.map((m, i) => ({ label: `${SHAPE_MARKS[SHAPES[i % SHAPES.length]!]} ${m.name}` }))),
        { label: '● Filled marks: the level agreed' },
        { label: '○ Hollow marks: the level you acted at (check-ins)' }
      ]}
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT + 40}>
          <ScatterChart className="insight-ladder" accessibilityLayer={false} margin={{ top: 12, right: 16 }}>
            <CartesianGrid {...grid} />
            {/* The marks are not recharts series, so the axes take their ranges as given (they hold every mark). */}
            <XAxis
              allowDataOverflow
              type="number"
              dataKey="x"
              domain={[first, last]}
              ticks={timeTicks(first, last)}
              tickFormatter={dateTick(last - first)}
              tick={axisTick}
              scale="time"
            />
            <YAxis
              allowDataOverflow
              type="number"
              dataKey="level"
              domain={[1, 7]}
              ticks={[1, 2, 3, 4, 5, 6, 7]}
              tickFormatter={(level: number) => `${level} ${levelName(level)}`}
              tick={axisTick}
              width={84}
            />
            <AuthorityMarks marks={ladderMarks(charted)} onOpen={openDelegation} />
          </ScatterChart>
        </ResponsiveContainer>
      }
      figures={<AuthorityFigures people={people} />}
    >
      <ul className="insight-people" aria-label="Authority per person">
        {insights.members.map((m) => (
          <li key={m.memberId}>
            {!memberId && <EntryLink to={memberLink(m.memberId)}>{m.name}</EntryLink>}
            <span>
              {m.lastRaisedOn ? `last raised ${formatDay(m.lastRaisedOn)}` : 'no level raised yet'}
              {m.doneByLevel.length > 0 &&
                `; done: ${m.doneByLevel.map((d) => `${plural(d.count, 'delegation')} at ${levelName(d.level)}`).join(', ')}`}
            </span>
            {m.stale && <span className="badge">No raise in 90 days</span>}
            {m.nudge && (
              <>
                <strong className="insight-nudge">{nudgeText(m)}</strong>
                <DraftTalkingPoint memberId={m.memberId} name={m.name} text={readyText(m.nudge)} />
              </>
            )}
            {m.gaps.map((gap) => (
              <span key={gap.delegationId} className="badge badge--warning">
                <EntryLink to={delegationLink(gap.delegationId)}>{gap.title}</EntryLink>: agreed {gap.agreed}{' '}
                {levelName(gap.agreed)}, acted {gap.acted} {levelName(gap.acted)}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </InsightPanel>
  )
}

/**
 * Every step and every level acted at, as rows: built only once "Figures and entries" is opened, since ten
 * years of a large team hold thousands.
 */
function AuthorityFigures({ people }: { people: Person[] }) {
  return (
    <table className="insight-table">
      <caption className="visually-hidden">Authority steps</caption>
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Delegation</th>
          <th scope="col">Level</th>
          <th scope="col">From</th>
        </tr>
      </thead>
      <tbody>
        {people.flatMap((m) =>
          m.steps.map((s, i) => (
            <tr key={`${s.delegationId}-${i}`}>
              <th scope="row">{m.name}</th>
              <td>
                <EntryLink to={delegationLink(s.delegationId)}>{s.title}</EntryLink>
              </td>
              <td>
                {s.fromLevel === null
                  ? 'Started at '
                  : `${s.toLevel > s.fromLevel ? 'Raised' : 'Lowered'} to `}
                {s.toLevel} {levelName(s.toLevel)}
              </td>
              <td>{formatDay(s.changedOn)}</td>
            </tr>
          ))
        )}
        {people.flatMap((m) =>
          m.acted.map((a, i) => (
            <tr key={`${a.delegationId}-acted-${i}`}>
              <th scope="row">{m.name}</th>
              <td>
                <EntryLink to={delegationLink(a.delegationId)}>{a.title}</EntryLink>
              </td>
              <td>
                Acted at {a.level} {levelName(a.level)}
              </td>
              <td>{formatDay(a.day)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}
