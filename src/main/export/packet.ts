import type { Packet } from '../../shared/domain/packets'
import { AUTHORITY_LEVELS, STATUS_LABELS, WORKED_OUT_LABELS } from '../../shared/domain/delegationVocabulary'
import { GOAL_STATUS_LABELS } from '../../shared/domain/goalVocabulary'
import { escapeText } from './noteFormat'

const level = (n: number) => `${n} ${AUTHORITY_LEVELS[n - 1]?.name ?? ''}`.trim()
const percent = (ratio: number | null) =>
  ratio === null ? 'no check-ins to judge' : `${Math.round(ratio * 100)}%`
const trend = ({ count, firstHalf, secondHalf }: Packet['mood']) =>
  count === 0
    ? 'not recorded'
    : secondHalf === null
      ? `${firstHalf} (${count} rating)`
      : `${firstHalf} then ${secondHalf} (${count} ratings)`
const oneLine = (text: string) => escapeText(text.replace(/\s+/gu, ' '))
const feedbackLine = (f: Packet['feedbackGiven'][number]) =>
  [
    `- ${f.givenOn}, ${f.kind === 'praise' ? 'praise' : 'redirect'}: ${oneLine(f.behaviour)}`,
    ...(f.situation ? [`  - Situation: ${oneLine(f.situation)}`] : []),
    ...(f.impact ? [`  - Impact: ${oneLine(f.impact)}`] : []),
    ...(f.response ? [`  - Their response: ${oneLine(f.response)}`] : [])
  ].join('\n')
const list = (lines: string[], none: string) => (lines.length > 0 ? lines.join('\n') : `- ${none}`)

/**
 * The review packet as one markdown file, in the order a review is written: what they owned and how it went,
 * how the leader let go, what they learned, the trends, what got done, and the conversations behind it.
 * Text the leader wrote goes in as written, as in every export (only a Leap marker in it is escaped).
 */
export function packetMarkdown(packet: Packet): string {
  const { member, interventions } = packet
  const delegations = packet.delegations.map((d) => {
    const raised = d.raised.map(
      (r) =>
        `raised ${level(r.from)} to ${level(r.to)} on ${r.on}${r.reason ? ` (${escapeText(r.reason)})` : ''}`
    )
    const head = `- **${escapeText(d.title)}**: ${STATUS_LABELS[d.status]}${d.completedOn ? ` on ${d.completedOn}` : ''}, at ${level(d.level)}`
    const lines = [raised.length > 0 ? `${head}; ${raised.join('; ')}` : head]
    if (d.outcome) lines.push(`  - Outcome: ${escapeText(d.outcome.replace(/\s+/gu, ' '))}`)
    if (d.lessons) lines.push(`  - Lessons: ${escapeText(d.lessons.replace(/\s+/gu, ' '))}`)
    return lines.join('\n')
  })
  return [
    `# Review packet: ${escapeText(member.name)}`,
    '',
    `${member.role ? `${escapeText(member.role)}, ` : ''}${packet.from} to ${packet.to}`,
    '',
    '## Delegations',
    '',
    list(delegations, 'None under way in this period.'),
    '',
    '## Growth goals',
    '',
    list(
      packet.goals.map((g) =>
        [
          `- **${escapeText(g.title)}**: ${GOAL_STATUS_LABELS[g.status].toLowerCase()}${g.why ? `. ${escapeText(g.why.replace(/\s+/gu, ' '))}` : ''}`,
          ...g.delegations.map(
            (d) =>
              `  - Served by ${escapeText(d.title)}: ${STATUS_LABELS[d.status]}, at ${level(d.authorityLevel)}`
          )
        ].join('\n')
      ),
      'No growth goals active or achieved in this period.'
    ),
    '',
    '## Letting go',
    '',
    `- Intervention ratio: ${percent(interventions.ratio)} (stepped in or took it back ${interventions.intervening}, held back or asked questions ${interventions.lettingGo})`,
    ...packet.predictions.map(
      (p) =>
        `- Prediction for ${escapeText(p.title)}: ${p.successEstimate}%, ${STATUS_LABELS[p.status].toLowerCase()} (${p.verdict.replace('_', ' ')})`
    ),
    '',
    '## What they learned',
    '',
    list(
      packet.lessons.map(
        (l) =>
          `- ${l.date}, ${escapeText(l.title)}: ${WORKED_OUT_LABELS[l.workedOut].toLowerCase()}${l.lesson ? `. “${escapeText(l.lesson)}”` : ''}`
      ),
      'No answers to “did they work it out?” in this period.'
    ),
    '',
    '## Feedback given',
    '',
    list(packet.feedbackGiven.map(feedbackLine), 'None logged in this period.'),
    '',
    '## Trends',
    '',
    `- Mood: ${trend(packet.mood)}`,
    `- My stance (1 managed, 5 led): ${trend(packet.stance)}`,
    '',
    '## Action items done',
    '',
    list(
      packet.actionItemsDone.map(
        (a) => `- ${a.doneOn} (${a.owner === 'me' ? 'mine' : 'theirs'}): ${escapeText(a.text)}`
      ),
      'None.'
    ),
    '',
    '## Conversations',
    '',
    list(
      packet.reflections.map(
        (r) => `- **${r.date}: ${escapeText(r.title)}**${r.passage ? `: ${escapeText(r.passage)}` : ''}`
      ),
      'No reflections in this period.'
    ),
    ''
  ].join('\n')
}
