import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import matter from 'gray-matter'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { plainText, reflectionFields, reflectionMarkdown, type ExportRow } from './markdown'
import { END_MARKER, parseNote } from './noteFormat'
import {
  MAX_NAME_BYTES,
  FingerprintSet,
  PathAllocator,
  reflectionFileBase,
  resolveInside,
  safeSegment
} from './names'

const hostile = JSON.parse(
  readFileSync(new URL('../testing/hostile-strings.json', import.meta.url), 'utf8')
) as string[]
const text = fc.oneof(fc.constantFrom(...hostile), fc.string(), fc.string({ unit: 'grapheme' }))
const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

const row: fc.Arbitrary<ExportRow> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('one_on_one', 'general'),
  date: day,
  title: text,
  body: text,
  mood: fc.option(fc.integer({ min: 1, max: 5 })),
  stance: fc.option(fc.integer({ min: 1, max: 5 })),
  memberId: fc.option(fc.uuid()),
  memberName: fc.option(text),
  tags: fc.array(text, { maxLength: 4 }),
  delegations: fc.array(fc.record({ id: fc.uuid(), title: text }), { maxLength: 3 }),
  actionItems: fc.array(
    fc.record({
      text,
      owner: fc.constantFrom('me', 'them'),
      dueDate: fc.option(day),
      status: fc.constantFrom('open', 'done', 'dropped')
    }),
    { maxLength: 3 }
  ),
  talkingPoints: fc.array(fc.record({ text, owner: fc.constantFrom('me', 'them'), jottedOn: day }), {
    maxLength: 3
  }),
  createdAt: fc.constant('2026-01-02T03:04:05.006Z'),
  updatedAt: fc.constant('2026-02-03T04:05:06.007Z')
})
const options = fc.record({
  obsidianLinks: fc.boolean(),
  exportedAt: fc.option(fc.constant('2026-11-27T10:00:00.000Z')),
  predictions: fc.boolean()
})
const links = fc.record({
  member: fc.option(fc.string({ minLength: 1 })),
  delegation: fc.constant((d: { title: string }) => `Ana - ${d.title}`)
})

const plainOptions = { obsidianLinks: false, exportedAt: null, predictions: false }
const noLinks = { member: null, delegation: () => '' }

describe('reflection markdown', () => {
  it('front matter reads back the same fields with gray-matter and a YAML 1.1 reader, whatever the text', () => {
    fc.assert(
      fc.property(row, options, links, (reflection, render, link) => {
        const markdown = reflectionMarkdown(reflection, render, link)
        const expected = reflectionFields(reflection, render, link)
        // gray-matter caches by input text; a fresh options object bypasses the cache.
        expect(matter(markdown, {}).data).toEqual(expected)
        const yaml = markdown.slice(4, markdown.indexOf('\n---\n', 3) + 1)
        expect(parse(yaml, { version: '1.1' })).toEqual(expected)
      }),
      { seed: 5, numRuns: 400 }
    )
  })

  it('reads back its body and action items exactly, whatever the body holds (markers included)', () => {
    const tricky = fc.oneof(
      text,
      fc.constantFrom(END_MARKER, '<!-- leap:action-items -->', '<!-- \\leap:end -->', '## Action items')
    )
    const body = fc.array(tricky, { maxLength: 5 }).map((lines) => lines.join('\n'))
    fc.assert(
      fc.property(row, body, (reflection, written) => {
        const note = parseNote(reflectionMarkdown({ ...reflection, body: written }, plainOptions, noLinks))
        expect(note.main).toBe(written.trimEnd())
        expect(note.tail).toBe('')
        const items = note.sections.filter((section) => section.key === 'action-items')
        expect(items.length).toBe(reflection.actionItems.length > 0 ? 1 : 0)
        const points = note.sections.filter((section) => section.key === 'talking-points')
        expect(points.length).toBe(reflection.talkingPoints.length > 0 ? 1 : 0)
        expect(note.sections.length).toBe(items.length + points.length)
      }),
      { seed: 11, numRuns: 400 }
    )
  })

  it('keeps the body as written, lists action items as tasks with owner and due date, then the talking points discussed', () => {
    const markdown = reflectionMarkdown(
      {
        id: '0b8c5b7e-55b5-4c2b-9f0a-6c1f9d0f3a11',
        kind: 'one_on_one',
        date: '2026-03-02',
        title: '1:1',
        body: '## What do you want?\n\nMore *ownership*.',
        mood: 4,
        stance: 5,
        memberId: '7d6b1f0e-1c1a-4f53-9a53-7b0d2f7ad8a2',
        memberName: 'Ana',
        tags: ['growth'],
        delegations: [{ id: '2a4f3c1d-6b7e-4f80-9a1b-2c3d4e5f6a7b', title: 'Release train' }],
        actionItems: [
          { text: 'Share the\nroadmap', owner: 'me', dueDate: '2026-03-09', status: 'open' },
          { text: 'Draft the RFC', owner: 'them', dueDate: null, status: 'done' }
        ],
        talkingPoints: [{ text: 'Her *promotion* case', owner: 'them', jottedOn: '2026-02-20' }],
        createdAt: '2026-03-02T10:00:00.000Z',
        updatedAt: '2026-03-02T11:00:00.000Z'
      },
      { obsidianLinks: true, exportedAt: null, predictions: false },
      { member: 'Ana', delegation: (d) => `Ana - ${d.title}` }
    )
    const { data, content } = matter(markdown, {})
    expect(data.member).toBe('[[Ana]]')
    expect(data.delegations).toEqual(['[[Ana - Release train]]'])
    expect(markdown).toContain('member: "[[Ana]]"\n')
    expect(content).toBe(
      '\n## What do you want?\n\nMore *ownership*.\n\n<!-- leap:action-items -->\n\n## Action items\n\n' +
        '- [ ] Share the roadmap (owner: me, due 2026-03-09)\n- [x] Draft the RFC (owner: Ana)\n\n' +
        '<!-- leap:talking-points -->\n\n## Discussed talking points\n\n' +
        '- Her \\*promotion\\* case (theirs, jotted 2026-02-20)\n\n' +
        `${END_MARKER}\n`
    )
  })
  it('puts typed text on one line with its markdown escaped, whatever it holds', () => {
    // What plainText must equal: the three replacements it skips when a text needs none of them.
    const full = (typed: string) =>
      typed
        .replace(/\s+/gu, ' ')
        .trim()
        .replace(/[\\`*_[\]<>#&|~]/gu, '\\$&')
    fc.assert(
      fc.property(text, (typed) => {
        expect(plainText(typed)).toBe(full(typed))
      })
    )
    for (const typed of ['a  b', ' a', 'a\t', 'a\u00a0b', 'a\u2028b', '\ufeffa', 'x*y', 'plain words, 1:1'])
      expect(plainText(typed)).toBe(full(typed))
  })
})

describe('file names', () => {
  it('are safe and stay inside the chosen folder for any member name and title', () => {
    fc.assert(
      fc.property(fc.uuid(), day, fc.option(text), text, (id, date, memberName, title) => {
        const base = reflectionFileBase({ id, date, memberName, title })
        const name = `${base} (99).md`
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255)
        expect(name).toBe(name.normalize('NFC'))
        expect(name).not.toMatch(/[\p{Cc}\p{Cf}/\\:*?"<>|[\]#^]/u)
        expect(name.startsWith('.')).toBe(false)
        expect(base).toMatch(new RegExp(`^${date} `))
        expect(resolveInside('/export', `Reflections/2026/${name}`)).toMatch(/^\/export\/Reflections\/2026\//)
      }),
      { seed: 7, numRuns: 1000 }
    )
  })

  it('keep "1:1" and times readable without the colon Windows forbids', () => {
    expect(safeSegment('1:1 with Ana Lima, Dec 1, 2026')).toBe('1-1 with Ana Lima, Dec 1, 2026')
    expect(safeSegment('Standup at 9:30')).toBe('Standup at 9-30')
    expect(safeSegment('Note: follow up')).toBe('Note follow up')
  })

  it('refuse what cannot be a file name, so the caller falls back to date + id', () => {
    for (const bad of ['', '..', '.', '.hidden', 'CON', 'com1.md', 'LPT¹', 'nul.txt', '‮', '\u0000']) {
      const cleaned = safeSegment(bad)
      expect(cleaned === null || !cleaned.startsWith('.'), bad).toBe(true)
    }
    expect(safeSegment('CON')).toBeNull()
    expect(safeSegment('com1.md')).toBeNull()
    expect(safeSegment('‮gnp.exe')).toBe('gnp.exe')
    expect(safeSegment('zero​width')).toBe('zerowidth')
    expect(safeSegment('e\u0301 decomposed')).toBe('é decomposed')
    expect(Buffer.byteLength(safeSegment('🧭'.repeat(200))!)).toBeLessThanOrEqual(MAX_NAME_BYTES)
    const id = '0b8c5b7e-55b5-4c2b-9f0a-6c1f9d0f3a11'
    expect(reflectionFileBase({ id, date: '2026-01-02', memberName: 'Ana', title: '..' })).toBe(
      `2026-01-02 ${id}`
    )
    expect(reflectionFileBase({ id, date: '2026-01-02', memberName: 'a/b\\c', title: 'what?*<>|:' })).toBe(
      '2026-01-02 a b c - what'
    )
  })

  it('number a clash " (2)", " (3)" whatever the case or composition, and only a clash', () => {
    const names = new PathAllocator()
    expect(names.take('Reflections/2026', 'Kickoff')).toBe('Reflections/2026/Kickoff.md')
    expect(names.take('Reflections/2026', 'KICKOFF')).toBe('Reflections/2026/KICKOFF (2).md')
    expect(names.take('Reflections/2026', 'Kickoff')).toBe('Reflections/2026/Kickoff (3).md')
    expect(names.take('Reflections/2025', 'Kickoff')).toBe('Reflections/2025/Kickoff.md')
    expect(names.take('People', 'Ren\u00e9e')).toBe('People/Ren\u00e9e.md')
    expect(names.take('People', 'Rene\u0301e')).toBe('People/Rene\u0301e (2).md')
    expect(names.take('People', 'Renee')).toBe('People/Renee.md')
  })

  it('tell 200,000 different paths apart by their fingerprints', () => {
    // The allocator keeps fingerprints, not paths: paths that differ by one character, in a number or in a
    // letter outside Latin-1, must still differ, and one seen before must be known again.
    const seen = new FingerprintSet()
    let added = 0
    for (let i = 0; i < 100_000; i += 1) {
      if (seen.add(`reflections/${2000 + (i % 27)}/${i} nguyễn - weekly.md`)) added += 1
      if (seen.add(`reflections/${2000 + (i % 27)}/${i} nguyên - weekly.md`)) added += 1
    }
    expect(added).toBe(200_000)
    expect(seen.add('reflections/2000/0 nguyễn - weekly.md')).toBe(false)
    expect(seen.add('reflections/2018/99999 nguyên - weekly.md')).toBe(false)
  })

  it('never resolve outside the folder', () => {
    expect(resolveInside('/export', '../etc/passwd')).toBeNull()
    expect(resolveInside('/export', '/etc/passwd')).toBeNull()
    expect(resolveInside('/export', 'a/../../x')).toBeNull()
  })
})
