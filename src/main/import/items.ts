import { ownerLabel, unescapePlain } from '../export/markdown'
import type { SectionIn } from '../export/noteFormat'

/** Who a note is about, as far as the note says: Leap's own notes give an id, other notes a name. */
export interface PersonHint {
  id: string | null
  name: string
}

export interface ParsedItem {
  text: string
  owner: 'me' | 'them'
  dueDate: string | null
  status: 'open' | 'done' | 'dropped'
  /** The line as Leap writes it, to tell an unchanged item from an edited one. */
  line: string
}

/** The task lines of the action-items section Leap wrote after a note's text; null when the note has none. */
export function taskLines(sections: readonly SectionIn[]): string[] | null {
  const section = sections.find((s) => s.key === 'action-items')
  return section ? section.content.split('\n').filter((line) => TASK.test(line)) : null
}

/**
 * The items of those lines. Their owner is written as the person's name, so reading it needs the name the
 * person had when the note was written: the plan reads them once it knows who the note is about.
 */
export function parseItems(lines: readonly string[] | null, memberName: string | null): ParsedItem[] | null {
  return lines === null
    ? null
    : lines.map((line) => parseTaskLine(line, memberName)).filter((item): item is ParsedItem => item !== null)
}

const TASK = /^[-*] \[([ xX])\] (.*)$/u

/** `- [ ] text (owner: Ana, due 2026-03-01, dropped)`, read from the right so the text may hold anything. */
export function parseTaskLine(line: string, memberName: string | null): ParsedItem | null {
  const task = TASK.exec(line)
  if (!task) return null
  const done = task[1] !== ' '
  const rest = task[2]!
  const owners: [string, 'me' | 'them'][] = [
    ['me', 'me'],
    [ownerLabel('them', memberName), 'them'],
    ['them', 'them']
  ]
  if (rest.endsWith(')')) {
    for (const variant of suffixVariants(rest.slice(0, -1))) {
      for (const [label, owner] of owners) {
        const suffix = ` (owner: ${label}`
        if (!variant.text.endsWith(suffix)) continue
        const text = unescapePlain(variant.text.slice(0, -suffix.length))
        const status = variant.dropped ? 'dropped' : done ? 'done' : 'open'
        return { text, owner, dueDate: variant.dueDate, status, line }
      }
    }
  }
  return { text: unescapePlain(rest), owner: 'me', dueDate: null, status: done ? 'done' : 'open', line }
}

function suffixVariants(inner: string): { text: string; dueDate: string | null; dropped: boolean }[] {
  const variants: { text: string; dueDate: string | null; dropped: boolean }[] = []
  const droppedForms = inner.endsWith(', dropped')
    ? [
        { text: inner.slice(0, -', dropped'.length), dropped: true },
        { text: inner, dropped: false }
      ]
    : [{ text: inner, dropped: false }]
  for (const form of droppedForms) {
    const due = /, due (\d{4}-\d{2}-\d{2})$/u.exec(form.text)
    if (due) variants.push({ text: form.text.slice(0, due.index), dueDate: due[1]!, dropped: form.dropped })
    variants.push({ text: form.text, dueDate: null, dropped: form.dropped })
  }
  return variants
}
