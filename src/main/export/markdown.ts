import { dump } from 'js-yaml'

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
  delegations: string[]
  actionItems: ExportActionItem[]
}

export interface ExportActionItem {
  text: string
  owner: 'me' | 'them'
  dueDate: string | null
  status: 'open' | 'done' | 'dropped'
}

export interface RenderOptions {
  /** `[[Member Name]]` links (resolved by Obsidian to the member's index file). */
  obsidianLinks: boolean
  /** The export's timestamp, or null to leave it out (then the same journal gives the same bytes). */
  exportedAt: string | null
}

const KIND_LABELS = { one_on_one: 'one-on-one', general: 'general' } as const
export const EXPORTED_AT_KEY = 'exported-at'

/**
 * js-yaml, not the `yaml` package: both quote correctly, but `yaml` took about 45 microseconds a file against
 * 13 here, alone half a second of a 10,000-reflection export (see ARCHITECTURE.md, Export).
 * `forceQuotes` double-quotes every string: YAML 1.1 readers (gray-matter's js-yaml 3, Obsidian's older parsers)
 * read a plain `1:1` as the number 61, `yes` as true and `2024-01-01` as a date; quoted, they all read back the
 * same string. No line folding, no anchors for repeated values.
 */
const YAML_OPTIONS = { forceQuotes: true, quotingType: '"', lineWidth: -1, noRefs: true } as const

/** YAML front matter from a library, never a template (a name "Alice\n---\nsecret: x" broke a template). */
export function frontMatter(fields: Record<string, unknown>): string {
  return `---\n${dump(fields, YAML_OPTIONS)}---\n`
}

/** The link text Obsidian resolves to a member's index file (named by the same safe name). */
export const wikiLink = (fileBase: string) => `[[${fileBase}]]`

export function reflectionFields(row: ExportRow, options: RenderOptions): Record<string, unknown> {
  return {
    title: row.title,
    date: row.date,
    member: row.memberName,
    kind: KIND_LABELS[row.kind],
    mood: row.mood,
    stance: row.stance,
    tags: row.tags,
    delegations: row.delegations,
    id: row.id,
    ...(options.exportedAt ? { [EXPORTED_AT_KEY]: options.exportedAt } : {})
  }
}

/** A reflection as one markdown file: front matter, the body as written, then its action items as a task list. */
export function reflectionMarkdown(
  row: ExportRow,
  options: RenderOptions & { memberLink: string | null }
): string {
  const link =
    options.obsidianLinks && options.memberLink ? `\nMember: ${wikiLink(options.memberLink)}\n` : ''
  return (
    frontMatter(reflectionFields(row, options)) + link + bodyBlock(row.body) + actionItemsBlock(row, '##')
  )
}

function bodyBlock(body: string): string {
  const trimmed = body.trimEnd()
  return trimmed === '' ? '' : `\n${trimmed}\n`
}

function actionItemsBlock(row: ExportRow, heading: string): string {
  if (row.actionItems.length === 0) return ''
  const lines = row.actionItems.map((item) => {
    const owner = item.owner === 'me' ? 'me' : plainText(row.memberName ?? 'them')
    const details = [`owner: ${owner}`]
    if (item.dueDate) details.push(`due ${item.dueDate}`)
    if (item.status === 'dropped') details.push('dropped')
    // One line per item: a line break inside would end the list item.
    const text = plainText(item.text)
    return `- [${item.status === 'open' ? ' ' : 'x'}] ${text} (${details.join(', ')})`
  })
  return `\n${heading} Action items\n\n${lines.join('\n')}\n`
}

export interface IndexEntry {
  date: string
  title: string
  /** Path of the reflection's file relative to the index file, with `/` separators. */
  href: string
  /** File name without `.md`, for an Obsidian link. */
  fileBase: string
}

/** A member's index: a list of links to each exported reflection, newest last (the order they were written). */
export function memberIndexMarkdown(
  member: { id: string; name: string },
  entries: readonly IndexEntry[],
  options: RenderOptions
): string {
  const fields = {
    title: member.name,
    member: member.name,
    kind: 'member-index',
    id: member.id,
    ...(options.exportedAt ? { [EXPORTED_AT_KEY]: options.exportedAt } : {})
  }
  const links = entries.map((entry) =>
    options.obsidianLinks
      ? `- ${wikiLink(entry.fileBase)}`
      : `- [${entry.date} ${plainText(entry.title)}](<${entry.href}>)`
  )
  return `${frontMatter(fields)}\n## Reflections\n\n${links.join('\n')}\n`
}

/** The per-member layout: every reflection of one member in one file, each under its own heading. */
export function memberFileMarkdown(
  member: { id: string | null; name: string },
  rows: readonly ExportRow[],
  options: RenderOptions
): string {
  const fields = {
    title: member.name,
    member: member.id ? member.name : null,
    kind: 'member-reflections',
    id: member.id ?? 'general',
    ...(options.exportedAt ? { [EXPORTED_AT_KEY]: options.exportedAt } : {})
  }
  const sections = rows.map((row) => {
    const facts = [
      `- Date: ${row.date}`,
      `- Kind: ${KIND_LABELS[row.kind]}`,
      ...(row.mood === null ? [] : [`- Mood: ${row.mood}`]),
      ...(row.stance === null ? [] : [`- Stance: ${row.stance}`]),
      ...(row.tags.length ? [`- Tags: ${row.tags.map(plainText).join(', ')}`] : []),
      ...(row.delegations.length ? [`- Delegations: ${row.delegations.map(plainText).join('; ')}`] : []),
      `- Id: ${row.id}`
    ]
    return `\n## ${row.date} ${plainText(row.title)}\n\n${facts.join('\n')}\n${bodyBlock(row.body)}${actionItemsBlock(row, '###')}`
  })
  return `${frontMatter(fields)}${sections.join('')}`
}

/**
 * Text the user typed in a plain field (a title, an action item, a tag), put inside markdown Leap structures:
 * on one line, with markdown's punctuation escaped so `<script>` or `[x](y)` read as the characters typed.
 */
export const plainText = (text: string) =>
  text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#&|~]/gu, '\\$&')
