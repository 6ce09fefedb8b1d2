import { escapeText, renderNote, type SectionOut } from './noteFormat'

/** One reflection as the export reads it: its row plus everything attached to it, in a fixed order. */
export interface ExportRow {
  id: string
  kind: 'one_on_one' | 'general'
  date: string
  title: string
  body: string
  mood: number | null
  stance: number | null
  memberId: string | null
  memberName: string | null
  tags: string[]
  delegations: { id: string; title: string }[]
  actionItems: ExportActionItem[]
  /** The talking points discussed in it. */
  talkingPoints: ExportTalkingPoint[]
  createdAt: string
  updatedAt: string
}

export interface ExportTalkingPoint {
  text: string
  owner: 'me' | 'them'
  jottedOn: string
}

export interface ExportActionItem {
  text: string
  owner: 'me' | 'them'
  dueDate: string | null
  status: 'open' | 'done' | 'dropped'
}

export interface RenderOptions {
  /** Obsidian links in properties (`member: "[[Ana]]"`), resolved to the person's and delegation's notes. */
  obsidianLinks: boolean
  /** The export's timestamp, or null to leave it out (then the same journal gives the same bytes). */
  exportedAt: string | null
  /** The leader's private predictions in delegation notes. */
  predictions: boolean
}

/** How a reflection's links are written: the file names (without .md) of the person's and delegations' notes. */
export interface ReflectionLinks {
  member: string | null
  delegation: (delegation: { id: string; title: string }) => string
}

export const KIND_LABELS = { one_on_one: 'one-on-one', general: 'general' } as const
export const EXPORTED_AT_KEY = 'exported-at'

/** Every key a reflection's front matter has had (earlier exports wrote fewer); a re-export replaces these. */
export const REFLECTION_KEYS = new Set([
  'title',
  'date',
  'member',
  'member-id',
  'kind',
  'mood',
  'stance',
  'tags',
  'delegations',
  'delegation-ids',
  'id',
  'created',
  'updated',
  EXPORTED_AT_KEY
])

/** Obsidian's link, quoted by the YAML writer when it is a property (Obsidian's own convention). */
export const wikiLink = (fileBase: string) => `[[${fileBase}]]`

export const stamp = (options: RenderOptions) =>
  options.exportedAt ? { [EXPORTED_AT_KEY]: options.exportedAt } : {}

export function reflectionFields(
  row: ExportRow,
  options: RenderOptions,
  links: ReflectionLinks
): Record<string, unknown> {
  const link = options.obsidianLinks
  return {
    title: row.title,
    date: row.date,
    member: link && links.member !== null ? wikiLink(links.member) : row.memberName,
    'member-id': row.memberId,
    kind: KIND_LABELS[row.kind],
    mood: row.mood,
    stance: row.stance,
    tags: row.tags,
    delegations: row.delegations.map((d) => (link ? wikiLink(links.delegation(d)) : d.title)),
    'delegation-ids': row.delegations.map((d) => d.id),
    id: row.id,
    created: row.createdAt,
    updated: row.updatedAt,
    ...stamp(options)
  }
}

/** A reflection as one markdown file: front matter, the body as written, then its action items as a task list. */
export function reflectionMarkdown(row: ExportRow, options: RenderOptions, links: ReflectionLinks): string {
  return renderNote(reflectionFields(row, options, links), row.body, [
    ...actionItemsSection(row.actionItems, row.memberName, '##'),
    ...talkingPointsSection(row.talkingPoints, '## Discussed talking points')
  ])
}

/** The owner as written after an item: "me", the person's name, or "them" where the name would read as "me". */
export function ownerLabel(owner: 'me' | 'them', memberName: string | null): string {
  if (owner === 'me') return 'me'
  const name = memberName === null ? 'them' : plainText(memberName)
  return name === '' || name.toLowerCase() === 'me' ? 'them' : name
}

export function actionItemLine(item: ExportActionItem, memberName: string | null): string {
  const details = [`owner: ${ownerLabel(item.owner, memberName)}`]
  if (item.dueDate) details.push(`due ${item.dueDate}`)
  if (item.status === 'dropped') details.push('dropped')
  // One line per item: a line break inside would end the list item.
  return `- [${item.status === 'open' ? ' ' : 'x'}] ${plainText(item.text)} (${details.join(', ')})`
}

export function actionItemsSection(
  items: readonly ExportActionItem[],
  memberName: string | null,
  heading: '##' | '###'
): SectionOut[] {
  if (items.length === 0) return []
  const lines = items.map((item) => actionItemLine(item, memberName))
  return [{ key: 'action-items', content: `${heading} Action items\n\n${lines.join('\n')}\n` }]
}

/** `- text (mine, jotted 2026-11-10)`: a plain list, since ticking one off happens in a one-on-one. */
export const talkingPointLine = (point: ExportTalkingPoint) =>
  `- ${plainText(point.text)} (${point.owner === 'me' ? 'mine' : 'theirs'}, jotted ${point.jottedOn})`

/** Talking points: the ones discussed in a reflection, or a person's open ones waiting for the next 1:1. */
export function talkingPointsSection(points: readonly ExportTalkingPoint[], heading: string): SectionOut[] {
  if (points.length === 0) return []
  return [{ key: 'talking-points', content: `${heading}\n\n${points.map(talkingPointLine).join('\n')}\n` }]
}

export interface ExportLeave {
  away: { startsOn: string; endsOn: string; note: string | null }[]
  skips: { date: string; reason: string }[]
}

/** `- Away 2026-12-20 to 2027-01-03: Parental leave` and `- Skipped 2026-12-04: Team offsite`, oldest first. */
export function leaveSection({ away, skips }: ExportLeave): SectionOut[] {
  if (away.length === 0 && skips.length === 0) return []
  const lines = [
    ...away.map(
      (a) => `- Away ${a.startsOn} to ${a.endsOn}${a.note === null ? '' : `: ${plainText(a.note)}`}`
    ),
    ...skips.map((s) => `- Skipped ${s.date}: ${plainText(s.reason)}`)
  ]
  return [{ key: 'leave', content: `## Time away and skipped one-on-ones\n\n${lines.join('\n')}\n` }]
}

export interface IndexEntry {
  date: string
  title: string
  /** Path of the reflection's file relative to the index file, with `/` separators. */
  href: string
  /** File name without `.md`, for an Obsidian link. */
  fileBase: string
}

/**
 * One line of a list of links to notes, as an Obsidian link or a relative markdown link. A person's note lists
 * every reflection of theirs: the export keeps these lines, not the entries, until the note is written.
 */
export function linkLine(entry: IndexEntry, obsidianLinks: boolean): string {
  return obsidianLinks
    ? `- ${wikiLink(entry.fileBase)}`
    : `- [${plainText(`${entry.date} ${entry.title}`.trim())}](<${entry.href}>)`
}

/** A reflection inside a one-file-per-person note: a heading, its facts, the body, its action items. */
export function reflectionSections(row: ExportRow): SectionOut[] {
  const facts = [
    `- Date: ${row.date}`,
    `- Kind: ${KIND_LABELS[row.kind]}`,
    ...(row.mood === null ? [] : [`- Mood: ${row.mood}`]),
    ...(row.stance === null ? [] : [`- Stance: ${row.stance}`]),
    ...(row.tags.length ? [`- Tags: ${row.tags.map(plainText).join(', ')}`] : []),
    ...(row.delegations.length
      ? [`- Delegations: ${row.delegations.map((d) => plainText(d.title)).join('; ')}`]
      : []),
    `- Id: ${row.id}`
  ]
  const body = escapeText(row.body.trimEnd())
  const heading = `## ${plainText(`${row.date} ${row.title}`)}`
  return [
    {
      key: 'reflection',
      // What the heading and facts cannot say exactly: the title as typed, ids and times.
      data: {
        id: row.id,
        title: row.title,
        memberId: row.memberId,
        delegationIds: row.delegations.map((d) => d.id),
        created: row.createdAt,
        updated: row.updatedAt
      },
      content: `${heading}\n\n${facts.join('\n')}\n${body === '' ? '' : `\n${body}\n`}`
    },
    ...actionItemsSection(row.actionItems, row.memberName, '###'),
    ...talkingPointsSection(row.talkingPoints, '### Discussed talking points')
  ]
}

/** What plainText changes: whitespace other than single spaces between words, and markdown's punctuation. */
const NOT_PLAIN = /[^\S ]|\s\s|^\s|\s$|[\\`*_[\]<>#&|~]/u

/**
 * Text the user typed in a plain field (a title, an action item, a tag), put inside markdown Leap structures:
 * on one line, with markdown's punctuation escaped so `<script>` or `[x](y)` read as the characters typed.
 * Most such text needs nothing, which one test finds: over a journal's 38,000 titles, items and talking points,
 * 29 -> 10 ms.
 */
export const plainText = (text: string) =>
  NOT_PLAIN.test(text)
    ? text
        .replace(/\s+/gu, ' ')
        .trim()
        .replace(/[\\`*_[\]<>#&|~]/gu, '\\$&')
    : text

/** The inverse of plainText's escaping (its spacing cannot be undone, nor needs to be: it is what was shown). */
export const unescapePlain = (text: string) => text.replace(/\\([\\`*_[\]<>#&|~])/gu, '$1')
